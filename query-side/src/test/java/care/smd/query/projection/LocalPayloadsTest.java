package care.smd.query.projection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPayloadsTest {

	private final LocalPayloads payloads = new LocalPayloads(2);

	@Test
	void aStoredEventWrittenHereCarriesTheWrittenPayloadAndEverythingElseAsStored() {
		DomainEventMessage<String> written = written("event-1", "visit");
		this.payloads.written(List.of(written));
		TrackedEventMessage<?> stored = stored("event-1", new String("visit"));

		TrackedEventMessage<?> read = this.payloads.withWrittenPayload(stored);

		assertThat(read.getPayload()).isSameAs(written.getPayload());
		assertThat(read.getIdentifier()).isEqualTo("event-1");
		assertThat(read.trackingToken()).isEqualTo(stored.trackingToken());
		assertThat(read.getMetaData()).isEqualTo(stored.getMetaData());
		assertThat(read.getTimestamp()).isEqualTo(stored.getTimestamp());
		DomainEventMessage<?> domain = (DomainEventMessage<?>) read;
		assertThat(domain.getAggregateIdentifier()).isEqualTo("patient-1");
		assertThat(domain.getSequenceNumber()).isEqualTo(7);
		assertThat(domain.getType()).isEqualTo("Patient");
	}

	@Test
	void anEventNotWrittenHereIsReadAsStored() {
		TrackedEventMessage<?> stored = stored("event-2", "visit");

		assertThat(this.payloads.withWrittenPayload(stored)).isSameAs(stored);
	}

	@Test
	void onlyTheNewestWrittenPayloadsAreKept() {
		this.payloads.written(List.of(written("a", "1"), written("b", "2"), written("c", "3")));
		TrackedEventMessage<?> evicted = stored("a", "1");
		TrackedEventMessage<?> kept = stored("c", "3");

		assertThat(this.payloads.withWrittenPayload(evicted)).as("evicted: read as stored").isSameAs(evicted);
		assertThat(this.payloads.withWrittenPayload(kept)).isNotSameAs(kept);
	}

	private static DomainEventMessage<String> written(String id, String payload) {
		return new GenericDomainEventMessage<>("Patient", "patient-1", 7,
				new GenericMessage<>(id, payload, Map.of("actor", "doctor")),
				() -> Instant.parse("2026-11-22T08:00:00Z"));
	}

	private static TrackedEventMessage<?> stored(String id, String payload) {
		return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(41), "Patient", "patient-1", 7,
				new GenericMessage<>(id, payload, MetaData.with("actor", "doctor")),
				() -> Instant.parse("2026-11-22T08:00:00Z"));
	}

}
