package care.smd.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/**
 * What a message passes on to the messages its handling creates: a command's actor and
 * origin go on to its events. A handled event passes nothing on, since no event handler
 * here sends a message. Axon asks the providers for every event a processor handles, to
 * stamp its handler's result message, and reading an event's metadata decodes it from the
 * store's JSON: 7% of the case views' thread in a replay at 100,000 patients
 * (docs/benchmarks.md, session 26).
 */
final class CorrelationFromCommands implements CorrelationDataProvider {

	private final List<CorrelationDataProvider> providers = List
		.of(new SimpleCorrelationDataProvider(CommandActor.USER, CommandActor.ROLES), new MessageOriginProvider());

	@Override
	public Map<String, ?> correlationDataFor(Message<?> message) {
		if (message instanceof EventMessage<?>) {
			return Map.of();
		}
		Map<String, Object> data = new HashMap<>();
		this.providers.forEach((provider) -> data.putAll(provider.correlationDataFor(message)));
		return data;
	}

}
