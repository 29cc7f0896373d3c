package care.smd.platform.notification;

/**
 * Sends a text message by SMS or e-mail. Deployments plug in their provider's gateway as
 * a bean; without one, SMS and e-mail subscriptions are refused. The demo profile logs
 * instead ({@link LoggingMessageGateway}).
 */
public interface MessageGateway {

	/**
	 * Sends the text; throws when the provider refused it, so that the delivery is tried
	 * again.
	 */
	void send(Channel channel, String address, String text);

}
