package care.smd.platform.axon;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;

/**
 * An event processor's meters under the names and tags of Axon's dimensional monitors
 * ({@code eventProcessor.ingestedCounter} and the other counters and
 * {@code eventProcessor.capacity} per payload type, {@code eventProcessor.latency} per
 * processor), each looked up once. Axon's monitors asked the registry for six meters on
 * every event, 11-14% of each read model's thread in a replay (docs/benchmarks.md,
 * session 27).
 */
final class ProcessorMeters implements MessageMonitor<EventMessage<?>> {

	private static final String PREFIX = "eventProcessor";

	private final String processor;

	private final MeterRegistry registry;

	private final Clock clock;

	private final Duration window;

	private final AtomicLong latency = new AtomicLong();

	private final Map<Class<?>, PayloadMeters> byPayload = new ConcurrentHashMap<>();

	ProcessorMeters(String processor, MeterRegistry registry, Duration window) {
		this.processor = processor;
		this.registry = registry;
		this.clock = registry.config().clock();
		this.window = window;
		Gauge.builder(PREFIX + ".latency", this.latency, AtomicLong::get)
			.tags(TagsUtil.PROCESSOR_NAME_TAG, processor)
			.register(registry);
	}

	@Override
	public MonitorCallback onMessageIngested(EventMessage<?> message) {
		this.latency.set(this.clock.wallTime() - message.getTimestamp().toEpochMilli());
		PayloadMeters meters = this.byPayload.computeIfAbsent(message.getPayloadType(), this::register);
		meters.ingested.increment();
		long start = this.clock.monotonicTime();
		return new MonitorCallback() {
			@Override
			public void reportSuccess() {
				meters.processed.increment();
				meters.ended(start, meters.success);
			}

			@Override
			public void reportFailure(Throwable cause) {
				meters.processed.increment();
				meters.ended(start, meters.failure);
			}

			@Override
			public void reportIgnored() {
				meters.ended(start, meters.ignored);
			}
		};
	}

	private PayloadMeters register(Class<?> payloadType) {
		Tags tags = Tags.of(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName(), TagsUtil.PROCESSOR_NAME_TAG,
				this.processor);
		BusyWindow busy = new BusyWindow(this.window, this.clock);
		Gauge.builder(PREFIX + ".capacity", busy, BusyWindow::capacity).tags(tags).register(this.registry);
		return new PayloadMeters(counter("ingested", tags), counter("success", tags), counter("failure", tags),
				counter("processed", tags), counter("ignored", tags), busy, this.clock);
	}

	private Counter counter(String kind, Tags tags) {
		return this.registry.counter(PREFIX + "." + kind + "Counter", tags);
	}

	private record PayloadMeters(Counter ingested, Counter success, Counter failure, Counter processed, Counter ignored,
			BusyWindow busy, Clock clock) {

		/** Counts the handling's outcome and adds its time to the capacity. */
		void ended(long start, Counter outcome) {
			outcome.increment();
			this.busy.add(this.clock.monotonicTime() - start);
		}

	}

}
