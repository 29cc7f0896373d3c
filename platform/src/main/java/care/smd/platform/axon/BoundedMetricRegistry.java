package care.smd.platform.axon;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * Axon's Micrometer monitors, the same meters, with a short window for the capacity
 * gauge. Axon keeps every handling time of the last ten minutes for it, one entry per
 * message: a replay or a busy node at 2,000 events a second held more than a million
 * entries per processor, the heap grew with the load and a 100,000-patient benchmark ran
 * out of memory. Over a window of {@code smd.metrics.capacity-window} (1 minute) the
 * gauge says the same and holds a tenth.
 * <p>
 * Event processors get no handling-time timers per payload type: looking them up and
 * updating them for every event was 3-4% of each read model's CPU in a replay (all of
 * Axon's monitors 8-10%; docs/benchmarks.md, session 9), and nothing reads them. A
 * processor's counters, latency and capacity stay (the Grafana dashboard reads the first
 * two).
 */
class BoundedMetricRegistry extends GlobalMetricRegistry {

	private final MeterRegistry registry;

	private final Duration window;

	BoundedMetricRegistry(MeterRegistry registry, Duration window) {
		super(registry);
		this.registry = registry;
		this.window = window;
	}

	@Override
	public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name,
			Function<Message<?>, Iterable<Tag>> tags, Function<Message<?>, Iterable<Tag>> latencyTags) {
		return new MultiMessageMonitor<EventMessage<?>>(List.of(EventProcessorLatencyMonitor.builder()
			.meterNamePrefix(name)
			.meterRegistry(this.registry)
			.tagsBuilder(latencyTags)
			.build(), capacity(name, tags), MessageCountingMonitor.buildMonitor(name, this.registry, tags)));
	}

	@Override
	public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
			Function<Message<?>, Iterable<Tag>> tags) {
		return new MultiMessageMonitor<CommandMessage<?>>(
				List.of(MessageTimerMonitor.buildMonitor(name, this.registry, tags), capacity(name, tags),
						MessageCountingMonitor.buildMonitor(name, this.registry, tags)));
	}

	private CapacityMonitor capacity(String name, Function<Message<?>, Iterable<Tag>> tags) {
		return CapacityMonitor.buildMonitor(name, this.registry, this.window.toMillis(), TimeUnit.MILLISECONDS, tags);
	}

}
