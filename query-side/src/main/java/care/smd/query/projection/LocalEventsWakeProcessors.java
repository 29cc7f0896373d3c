package care.smd.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import care.smd.platform.axon.DecodedPayloads;

/**
 * The event store as the read models' source, with two additions: a processor waiting for
 * events is woken as soon as events written in this JVM have committed, and it takes the
 * payloads of those events as they were written ({@link DecodedPayloads#written}). Axon's
 * pooled processor polls every 500 ms when its stream cannot call it back, and the
 * embedded event store's streams cannot: a write waited 86–441 ms before its read models
 * saw it (docs/benchmarks.md). Used where writes and read models share a JVM (the
 * standalone default, {@code axon.eventhandling.processors.*.source}); a read node of its
 * own keeps polling.
 */
@Component(LocalEventsWakeProcessors.BEAN)
class LocalEventsWakeProcessors implements StreamableMessageSource<TrackedEventMessage<?>> {

	static final String BEAN = "localEventsWakeProcessors";

	private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

	private final EventStore store;

	private final Set<Runnable> waiting = ConcurrentHashMap.newKeySet();

	private final long intervalNanos;

	private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "read-models-wake");
		thread.setDaemon(true);
		return thread;
	});

	/** long enough ago that the first commit wakes at once */
	private final AtomicLong lastWake = new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);

	private final AtomicBoolean pending = new AtomicBoolean();

	@Autowired
	LocalEventsWakeProcessors(EventStore store, DecodedPayloads payloads) {
		this(store, DEFAULT_INTERVAL, payloads::written);
	}

	/**
	 * @param written takes the events written while a read model reads along, to hand
	 * their payloads to it as written
	 */
	LocalEventsWakeProcessors(EventStore store, Duration interval, Consumer<List<? extends EventMessage<?>>> written) {
		this.store = store;
		this.intervalNanos = interval.toNanos();
		store.subscribe((events) -> {
			// kept only for read models reading along: with none, whoever reads later
			// reads the store (and a rebuild always decodes it)
			if (!this.waiting.isEmpty()) {
				written.accept(events);
			}
			// woken earlier, a processor would find nothing and go back to sleep
			AfterCommit.run(this::committed);
		});
	}

	/**
	 * Wakes the processors at once, unless they were woken less than an interval ago:
	 * then once when the interval is over. At 500 follow-ups a second every commit had
	 * woken both processors for a query and a batch of their own; a write waits at most
	 * one interval longer, and its wake-up always comes after its commit.
	 */
	private void committed() {
		long since = System.nanoTime() - this.lastWake.get();
		if (since >= this.intervalNanos) {
			wake();
		}
		else if (this.pending.compareAndSet(false, true)) {
			this.later.schedule(() -> {
				this.pending.set(false);
				wake();
			}, this.intervalNanos - since, TimeUnit.NANOSECONDS);
		}
	}

	private void wake() {
		this.lastWake.set(System.nanoTime());
		this.waiting.forEach(Runnable::run);
	}

	@PreDestroy
	void stop() {
		this.later.shutdownNow();
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
