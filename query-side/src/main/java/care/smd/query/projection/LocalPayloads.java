package care.smd.query.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;

/**
 * The payloads of the events written in this JVM, kept for a while by event id, so that a
 * read model in the same JVM takes the written event as it is instead of decoding it
 * again from the store: decoding was a quarter of each read model's work per event (an
 * opened registration a thirteenth of the case views' alone). The payload is the very
 * object that was stored; every event type reads back from its stored form to an equal
 * object (EventGoldenFilesTest), so a read model sees the same either way. Bounded: an
 * event read later than {@code capacity} newer events is decoded as before.
 */
final class LocalPayloads {

	private final Map<String, Object> byEventId;

	LocalPayloads(int capacity) {
		this.byEventId = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
				return size() > capacity;
			}
		};
	}

	void written(List<? extends EventMessage<?>> events) {
		synchronized (this.byEventId) {
			events.forEach((event) -> this.byEventId.put(event.getIdentifier(), event.getPayload()));
		}
	}

	/** The stored message, with the written payload where this JVM still has it. */
	TrackedEventMessage<?> withWrittenPayload(TrackedEventMessage<?> stored) {
		if (!(stored instanceof DomainEventMessage<?> domain)) {
			return stored;
		}
		Object payload;
		synchronized (this.byEventId) {
			payload = this.byEventId.get(stored.getIdentifier());
		}
		if (payload == null || payload.getClass() != stored.getPayloadType()) {
			return stored;
		}
		return new GenericTrackedDomainEventMessage<>(stored.trackingToken(), domain.getType(),
				domain.getAggregateIdentifier(), domain.getSequenceNumber(),
				new GenericMessage<>(stored.getIdentifier(), payload, stored.getMetaData()), stored::getTimestamp);
	}

}
