package care.smd.platform.axon;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command as the logged-in user and waits for the aggregate's decision. */
@Component
public class Commands {

	private final CommandGateway gateway;

	Commands(CommandGateway gateway) {
		this.gateway = gateway;
	}

	public <R> R send(Object command) {
		return this.gateway
			.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(CommandActor.current()));
	}

}
