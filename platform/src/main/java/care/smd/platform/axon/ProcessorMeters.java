package care.smd.platform.axon;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Clock;
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

	private final Map<Class<?>, MessageMeters> byPayload = new ConcurrentHashMap<>();

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
		return this.byPayload.computeIfAbsent(message.getPayloadType(), this::register).ingested();
	}

	private MessageMeters register(Class<?> payloadType) {
		return MessageMeters.counted(this.registry, PREFIX, Tags.of(TagsUtil.PAYLOAD_TYPE_TAG,
				payloadType.getSimpleName(), TagsUtil.PROCESSOR_NAME_TAG, this.processor), this.window);
	}

}
