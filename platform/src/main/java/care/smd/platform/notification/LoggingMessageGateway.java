package care.smd.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's SMS and e-mail "gateway": writes the message to the log, address masked. */
@Component
@Profile("demo")
class LoggingMessageGateway implements MessageGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingMessageGateway.class);

	@Override
	public void send(Channel channel, String address, String text) {
		String masked = address.length() <= 4 ? "****" : "****" + address.substring(address.length() - 4);
		log.info("{} to {}: {}", channel, masked, text);
	}

}
