package care.smd.platform.axon;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * A command bus's meters under the names and tags of Axon's dimensional monitors
 * ({@code commandBus.allTimer} and the other timers, the counters and
 * {@code commandBus.capacity}, per the bus's tags, which are the command's type), each
 * looked up once per set of tags. Axon's three monitors asked the registry for nine
 * meters and registered the capacity gauge again on every command, about 3% of a request
 * thread's time (docs/benchmarks.md, sessions 23 and 28).
 */
final class CommandBusMeters implements MessageMonitor<CommandMessage<?>> {

	private final String name;

	private final MeterRegistry registry;

	private final Duration window;

	private final Function<Message<?>, Iterable<Tag>> tags;

	private final Map<Tags, MessageMeters> byTags = new ConcurrentHashMap<>();

	CommandBusMeters(String name, MeterRegistry registry, Duration window, Function<Message<?>, Iterable<Tag>> tags) {
		this.name = name;
		this.registry = registry;
		this.window = window;
		this.tags = tags;
	}

	@Override
	public MonitorCallback onMessageIngested(CommandMessage<?> message) {
		return this.byTags.computeIfAbsent(Tags.of(this.tags.apply(message)), this::register).ingested();
	}

	private MessageMeters register(Tags tags) {
		return MessageMeters.timed(this.registry, this.name, tags, this.window);
	}

}
