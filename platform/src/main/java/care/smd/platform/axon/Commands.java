package care.smd.platform.axon;

import jakarta.persistence.EntityManager;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a command as the logged-in user and waits for the aggregate's decision. The
 * answer carries {@code X-Consistency-Token}: the position of the aggregate's last event
 * in the store, which a read can pass back to wait until the projections have seen the
 * write.
 */
@Component
public class Commands {

	public static final String CONSISTENCY_TOKEN = "X-Consistency-Token";

	private final CommandGateway gateway;

	private final EntityManager entities;

	private final AnnotationCommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

	Commands(CommandGateway gateway, EntityManager entities) {
		this.gateway = gateway;
		this.entities = entities;
	}

	public <R> R send(Object command) {
		CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
			.andMetaData(CommandActor.current());
		R result = this.gateway.sendAndWait(message);
		exposeToken(this.targets.resolveTarget(message).getIdentifier());
		return result;
	}

	/**
	 * Through the request context because every write endpoint answers it, whatever its
	 * body.
	 */
	private void exposeToken(String aggregateId) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null) {
			Long position = this.entities
				.createQuery("select max(e.globalIndex) from DomainEventEntry e where e.aggregateIdentifier = :id",
						Long.class)
				.setParameter("id", aggregateId)
				.getSingleResult();
			if (position != null) {
				request.getResponse().setHeader(CONSISTENCY_TOKEN, Long.toString(position));
			}
		}
	}

}
