package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class CorrelationFromCommandsTest {

	private final CorrelationFromCommands correlation = new CorrelationFromCommands();

	@Test
	void aCommandPassesOnItsActorAndOrigin() {
		GenericCommandMessage<String> command = new GenericCommandMessage<>("record",
				MetaData.from(Map.of(CommandActor.USER, "doctor", CommandActor.ROLES, "DOCTOR", "other", "x")));
		Map<String, Object> data = Map.copyOf(this.correlation.correlationDataFor(command));
		assertThat(data).containsEntry(CommandActor.USER, "doctor")
			.containsEntry(CommandActor.ROLES, "DOCTOR")
			.containsEntry("correlationId", command.getIdentifier())
			.containsEntry("traceId", command.getIdentifier())
			.doesNotContainKey("other");
	}

	@Test
	void aHandledEventPassesNothingOnAndItsMetadataIsNotRead() {
		GenericEventMessage<String> event = new GenericEventMessage<>("recorded", Map.of(CommandActor.USER, "doctor")) {

			@Override
			public MetaData getMetaData() {
				throw new AssertionError("an event's metadata read for its correlation");
			}

		};
		assertThat(this.correlation.correlationDataFor(event)).isEmpty();
	}

}
