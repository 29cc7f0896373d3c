package care.smd.query.patient;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A case's events as the store holds them (upcast to today's shape, never decoded), for
 * the entries of its history that keep no copy of their own: every event but the
 * registration (docs/decisions.md, "The history keeps no copy of the store's events").
 * Read from the case's first event, never from a snapshot.
 */
@Component
class StoredEventJson {

	private final EventStorageEngine store;

	private final Serializer serializer;

	StoredEventJson(EventStorageEngine store, @Qualifier("eventSerializer") Serializer serializer) {
		this.store = store;
		this.serializer = serializer;
	}

	/** The JSON of each of the case's events, by its sequence in the case. */
	Map<Long, String> of(String caseId) {
		Map<Long, String> json = new HashMap<>();
		this.store.readEvents(caseId, 0)
			.asStream()
			.forEach((event) -> json.put(event.getSequenceNumber(), text(event)));
		return json;
	}

	/**
	 * The stored form, handed over as it is: the message was read with this serializer,
	 * which writes nothing again.
	 */
	private String text(DomainEventMessage<?> event) {
		return new String(event.serializePayload(this.serializer, byte[].class).getData(), StandardCharsets.UTF_8);
	}

}
