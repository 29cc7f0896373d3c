package care.smd.command.patient;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import care.smd.kernel.patient.PatientRegistered;
import care.smd.platform.axon.EventJson;

/**
 * A case's events as a write node reads them from the store to decide a command: the
 * registration is read with its identity left sealed. No decision needs the person's
 * name, ID number or guardian (the case's state is ids, dates and status), so a write
 * node opens no identity to record a visit. Opening it took a query for the patient's
 * key, two decryptions and a second JSON read: 4.8% of the gateway's threads in the write
 * benchmark at 100,000 patients, where 18% of the cases are read without a snapshot
 * (docs/benchmarks.md, session 23).
 * <p>
 * The registration is decoded again from its stored form, as the store's serializer gave
 * it after upcasting; every other event is passed on untouched.
 */
final class IdentityLeftSealed {

	private final Serializer stored;

	private final Serializer sealed = JacksonSerializer.builder()
		.objectMapper(EventJson.sealedIdentityMapper())
		.build();

	/**
	 * @param stored the serializer the store decodes events with; the stored form is
	 * taken from a message only for the same serializer, otherwise it is encoded again
	 */
	IdentityLeftSealed(Serializer stored) {
		this.stored = stored;
	}

	DomainEventStream of(DomainEventStream events) {
		return new DomainEventStream() {

			@Override
			public boolean hasNext() {
				return events.hasNext();
			}

			@Override
			public DomainEventMessage<?> next() {
				return read(events.next());
			}

			@Override
			public DomainEventMessage<?> peek() {
				return read(events.peek());
			}

			@Override
			public Long getLastSequenceNumber() {
				return events.getLastSequenceNumber();
			}

		};
	}

	private DomainEventMessage<?> read(DomainEventMessage<?> event) {
		if (event == null || event.getPayloadType() != PatientRegistered.class) {
			return event;
		}
		SerializedObject<byte[]> payload = event.serializePayload(this.stored, byte[].class);
		PatientRegistered registered = this.sealed.deserialize(payload);
		return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
				event.getSequenceNumber(), registered, event.getMetaData(), event.getIdentifier(),
				event.getTimestamp());
	}

}
