package care.smd.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

/**
 * The event store as the read models' source, with one addition: a processor waiting for
 * events is woken as soon as events written in this JVM have committed. Axon's pooled
 * processor polls every 500 ms when its stream cannot call it back, and the embedded
 * event store's streams cannot: a write waited 86–441 ms before its read models saw it
 * (docs/benchmarks.md). Used where writes and read models share a JVM (the standalone
 * default, {@code axon.eventhandling.processors.*.source}); a read node of its own keeps
 * polling.
 */
@Component(LocalEventsWakeProcessors.BEAN)
class LocalEventsWakeProcessors implements StreamableMessageSource<TrackedEventMessage<?>> {

	static final String BEAN = "localEventsWakeProcessors";

	private final EventStore store;

	private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();

	LocalEventsWakeProcessors(EventStore store) {
		this.store = store;
		// woken earlier, a processor would find nothing and go back to sleep
		store.subscribe((events) -> AfterCommit.run(this::wake));
	}

	private void wake() {
		this.waiting.forEach(Runnable::run);
	}

	@Override
	public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
		return new Waking(this.store.openStream(token));
	}

	@Override
	public TrackingToken createTailToken() {
		return this.store.createTailToken();
	}

	@Override
	public TrackingToken createHeadToken() {
		return this.store.createHeadToken();
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		return this.store.createTokenAt(dateTime);
	}

	@Override
	public TrackingToken createTokenSince(Duration duration) {
		return this.store.createTokenSince(duration);
	}

	/** The store's stream, with the call-back the processor asks for. */
	private final class Waking implements BlockingStream<TrackedEventMessage<?>> {

		private final BlockingStream<TrackedEventMessage<?>> stream;

		private Runnable callback;

		Waking(BlockingStream<TrackedEventMessage<?>> stream) {
			this.stream = stream;
		}

		@Override
		public Optional<TrackedEventMessage<?>> peek() {
			return this.stream.peek();
		}

		@Override
		public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
			return this.stream.hasNextAvailable(timeout, unit);
		}

		@Override
		public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
			return this.stream.nextAvailable();
		}

		@Override
		public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
			this.stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
		}

		@Override
		public boolean setOnAvailableCallback(Runnable callback) {
			if (this.callback != null) {
				LocalEventsWakeProcessors.this.waiting.remove(this.callback);
			}
			this.callback = callback;
			LocalEventsWakeProcessors.this.waiting.add(callback);
			return true;
		}

		@Override
		public void close() {
			if (this.callback != null) {
				LocalEventsWakeProcessors.this.waiting.remove(this.callback);
			}
			this.stream.close();
		}

	}

}
