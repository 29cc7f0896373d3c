package care.smd.platform.axon;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDecorator;

import care.smd.kernel.patient.PatientRegistered;

/**
 * The payloads of the events read from the store lately, decoded once for every reader in
 * this JVM. Each read model reads the store through a stream of its own (no shared event
 * cache, {@link AxonConfiguration}), so the two read models of a node each decoded every
 * event: a quarter of their work in a rebuild (docs/benchmarks.md, session 16). The
 * reader that needs an event's payload first decodes it and keeps it here; the other
 * takes it. Both read the same row through the same serializer and upcasters, so the
 * payload is the one either would have decoded. Bounded by count: a reader more than
 * {@code capacity} events behind the other decodes for itself.
 * <p>
 * Events written in this JVM while its read models read along are kept as they were
 * written ({@link #written}), so that no reader decodes them, nor opens a registration's
 * sealed identity again: the very object that was stored, which every event type reads
 * back from its stored form to an equal one (EventGoldenFilesTest).
 */
public final class DecodedPayloads {

	private final Map<String, Decoded> byEventId;

	private final int capacity;

	DecodedPayloads(int capacity) {
		this.capacity = capacity;
		this.byEventId = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Decoded> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * Keeps the payloads of events this JVM is writing, for its readers to take. A
	 * written event is of the newest revision, which no upcaster changes; one that is not
	 * committed is never read.
	 */
	public void written(List<? extends EventMessage<?>> events) {
		if (this.capacity == 0) {
			return;
		}
		synchronized (this.byEventId) {
			events.forEach((event) -> this.byEventId.put(key(event),
					new Decoded(null, event.getPayload(), event.getTimestamp())));
		}
	}

	/**
	 * The stored message, its payload and time taken from here or, decoded when first
	 * asked for, kept here. The time is stored as text, and each reader parsing it again
	 * was an eighth of what the coordinators did in a replay (docs/benchmarks.md, session
	 * 28).
	 */
	TrackedEventMessage<?> shared(TrackedEventMessage<?> stored) {
		if (this.capacity == 0 || !(stored instanceof DomainEventMessage<?> domain)) {
			return stored;
		}
		return new GenericTrackedDomainEventMessage<>(stored.trackingToken(), domain.getType(),
				domain.getAggregateIdentifier(), domain.getSequenceNumber(), new Shared<>(stored),
				() -> decoded(stored).timestamp());
	}

	/**
	 * The stored message as {@link #shared} gives it, its payload and time decoded now,
	 * by the thread that reads it from the store. That is a processor's coordinator,
	 * which reads up to a thousand events ahead of the worker that handles them: decoded
	 * there, the payloads are ready when the worker comes to them. In a replay the
	 * workers set the pace, and decoding was a quarter of their time, the time's text a
	 * twentieth (docs/benchmarks.md, session 28). A payload that fails to decode is left
	 * for the worker to meet, where the processor's error handling sees it.
	 * <p>
	 * A registration is left to the worker: decoding it opens its sealed identity with
	 * the patient's key, which the worker reads for its whole batch in one query
	 * (IdentityKeysReadAhead); decoded here, each read its key alone.
	 */
	TrackedEventMessage<?> decodedAhead(TrackedEventMessage<?> stored) {
		TrackedEventMessage<?> shared = shared(stored);
		decodeAhead(shared);
		return shared;
	}

	/**
	 * The message's time and payload decoded now, but for a registration's, which is left
	 * to the thread that handles it (see {@link #decodedAhead}); one that fails to decode
	 * is left to it too, where the processor's error handling sees it.
	 */
	public static void decodeAhead(EventMessage<?> message) {
		try {
			message.getTimestamp();
		}
		catch (RuntimeException undecodable) {
			// parsed again by whoever asks, who sees the failure
		}
		decodePayloadAhead(message);
	}

	/**
	 * The message's payload decoded now, as {@link #decodeAhead} does, its time left to
	 * whoever asks: for a reader whose handlers seldom ask, such as the rebuild in the
	 * order of the cases, where parsing every event's time was a fifth of its reader's
	 * work (docs/benchmarks.md, session 33).
	 */
	public static void decodePayloadAhead(EventMessage<?> message) {
		try {
			if (message.getPayloadType() != PatientRegistered.class) {
				message.getPayload();
			}
		}
		catch (RuntimeException undecodable) {
			// decoded again by the handler, which reports it
		}
	}

	/**
	 * A reader that asks for a payload another is decoding waits for that decoding: the
	 * read models' coordinators read the same events at about the same time in a replay,
	 * and decoding each twice cost more than the wait.
	 */
	private Decoded decoded(EventMessage<?> stored) {
		synchronized (this.byEventId) {
			return this.byEventId.computeIfAbsent(key(stored), (key) -> new Decoded(stored, null, null));
		}
	}

	private static String key(Message<?> event) {
		// with the type: an upcaster that splits a stored event keeps its identifier
		return event.getIdentifier() + "#" + event.getPayloadType().getName();
	}

	/** An event's payload and time, decoded by the first reader that asks for each. */
	private static final class Decoded {

		private EventMessage<?> stored;

		private Object payload;

		private Instant timestamp;

		/**
		 * @param payload the payload as written here, or null to decode it when asked
		 * @param timestamp the time as written here, or null to parse it when asked
		 */
		Decoded(EventMessage<?> stored, Object payload, Instant timestamp) {
			this.stored = stored;
			this.payload = payload;
			this.timestamp = timestamp;
		}

		synchronized Object payload() {
			if (this.payload == null) {
				// a failed decoding leaves it for the next reader to try, and fail, again
				this.payload = this.stored.getPayload();
				release();
			}
			return this.payload;
		}

		synchronized Instant timestamp() {
			if (this.timestamp == null) {
				this.timestamp = this.stored.getTimestamp();
				release();
			}
			return this.timestamp;
		}

		private void release() {
			if (this.payload != null && this.timestamp != null) {
				this.stored = null;
			}
		}

	}

	/** A stored message whose payload is decoded once for every reader. */
	private final class Shared<T> extends MessageDecorator<T> {

		private final EventMessage<T> stored;

		private T payload;

		Shared(EventMessage<T> stored) {
			super(stored);
			this.stored = stored;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T getPayload() {
			if (this.payload == null) {
				this.payload = (T) decoded(this.stored).payload();
			}
			return this.payload;
		}

		@Override
		public Message<T> withMetaData(Map<String, ?> metaData) {
			return new Shared<>(this.stored.withMetaData(metaData));
		}

		@Override
		public Message<T> andMetaData(Map<String, ?> metaData) {
			return new Shared<>(this.stored.andMetaData(metaData));
		}

	}

}
