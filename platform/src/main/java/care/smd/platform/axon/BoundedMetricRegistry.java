package care.smd.platform.axon;

import java.time.Duration;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Axon's Micrometer meters, with a short window for the capacity gauges. Axon keeps every
 * handling time of the last ten minutes for them, one entry per message: a replay or a
 * busy node at 2,000 events a second held more than a million entries per processor, the
 * heap grew with the load and a 100,000-patient benchmark ran out of memory. Over a
 * window of {@code smd.metrics.capacity-window} (1 minute) the gauge says the same, kept
 * per second ({@link BusyWindow}). Each kind of message's meters are looked up once
 * ({@link ProcessorMeters}, {@link CommandBusMeters}).
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
	public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType,
			String componentName) {
		if (EventProcessor.class.isAssignableFrom(componentType)) {
			return new ProcessorMeters(componentName, this.registry, this.window);
		}
		return super.registerComponentWithDefaultTags(componentType, componentName);
	}

	@Override
	public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
			Function<Message<?>, Iterable<Tag>> tags) {
		return new CommandBusMeters(name, this.registry, this.window, tags);
	}

}
