package care.smd.platform.axon;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;

/**
 * The meters of one kind of message under the names Axon's dimensional monitors give
 * them: the {@code ingested}, {@code success}, {@code failure}, {@code processed} and
 * {@code ignored} counters, the {@code capacity} gauge, and, where Axon times the
 * messages, the {@code all}, {@code success}, {@code failure} and {@code ignored} timers
 * with Axon's percentiles. Registered once and kept by whoever monitors that kind, where
 * Axon's monitors asked the registry for each meter on every message.
 */
final class MessageMeters {

	private final Counter ingested;

	private final Counter success;

	private final Counter failure;

	private final Counter processed;

	private final Counter ignored;

	private final BusyWindow busy;

	private final Clock clock;

	private final Timers timers;

	private MessageMeters(MeterRegistry registry, String prefix, Tags tags, Duration window, Timers timers) {
		this.ingested = counter(registry, prefix, "ingested", tags);
		this.success = counter(registry, prefix, "success", tags);
		this.failure = counter(registry, prefix, "failure", tags);
		this.processed = counter(registry, prefix, "processed", tags);
		this.ignored = counter(registry, prefix, "ignored", tags);
		this.clock = registry.config().clock();
		this.busy = new BusyWindow(window, this.clock);
		Gauge.builder(prefix + ".capacity", this.busy, BusyWindow::capacity).tags(tags).register(registry);
		this.timers = timers;
	}

	/** Counted, and its handling time added to the capacity. */
	static MessageMeters counted(MeterRegistry registry, String prefix, Tags tags, Duration window) {
		return new MessageMeters(registry, prefix, tags, window, null);
	}

	/** Counted, timed, and its handling time added to the capacity. */
	static MessageMeters timed(MeterRegistry registry, String prefix, Tags tags, Duration window) {
		return new MessageMeters(registry, prefix, tags, window,
				new Timers(timer(registry, prefix, "all", tags), timer(registry, prefix, "success", tags),
						timer(registry, prefix, "failure", tags), timer(registry, prefix, "ignored", tags)));
	}

	MonitorCallback ingested() {
		this.ingested.increment();
		long start = this.clock.monotonicTime();
		return new MonitorCallback() {
			@Override
			public void reportSuccess() {
				MessageMeters.this.processed.increment();
				ended(start, MessageMeters.this.success, Outcome.SUCCESS);
			}

			@Override
			public void reportFailure(Throwable cause) {
				MessageMeters.this.processed.increment();
				ended(start, MessageMeters.this.failure, Outcome.FAILURE);
			}

			@Override
			public void reportIgnored() {
				ended(start, MessageMeters.this.ignored, Outcome.IGNORED);
			}
		};
	}

	/** Counts the handling's outcome and adds its time to the capacity and timers. */
	private void ended(long start, Counter outcome, Outcome kind) {
		outcome.increment();
		long nanos = this.clock.monotonicTime() - start;
		this.busy.add(nanos);
		if (this.timers != null) {
			this.timers.record(kind, nanos);
		}
	}

	private static Counter counter(MeterRegistry registry, String prefix, String kind, Tags tags) {
		return registry.counter(prefix + "." + kind + "Counter", tags);
	}

	/** As Axon's {@code MessageTimerMonitor} builds its timers. */
	private static Timer timer(MeterRegistry registry, String prefix, String kind, Tags tags) {
		return Timer.builder(prefix + "." + kind + "Timer")
			.distributionStatisticExpiry(Duration.of(10, ChronoUnit.MINUTES))
			.publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
			.tags(tags)
			.register(registry);
	}

	private enum Outcome {

		SUCCESS, FAILURE, IGNORED

	}

	private record Timers(Timer all, Timer success, Timer failure, Timer ignored) {

		void record(Outcome outcome, long nanos) {
			this.all.record(nanos, TimeUnit.NANOSECONDS);
			Timer timer = switch (outcome) {
				case SUCCESS -> this.success;
				case FAILURE -> this.failure;
				case IGNORED -> this.ignored;
			};
			timer.record(nanos, TimeUnit.NANOSECONDS);
		}

	}

}
