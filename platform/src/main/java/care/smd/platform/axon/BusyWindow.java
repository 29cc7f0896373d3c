package care.smd.platform.axon;

import java.time.Duration;

import io.micrometer.core.instrument.Clock;

/**
 * Handling time summed over a sliding window of whole seconds, in one slot per second:
 * the memory stays the same at any load, where Axon's reservoir kept an entry per
 * message.
 */
final class BusyWindow {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final Clock clock;

	private final long[] second;

	private final long[] nanos;

	BusyWindow(Duration window, Clock clock) {
		int seconds = (int) Math.max(1, window.toSeconds());
		this.clock = clock;
		this.second = new long[seconds];
		this.nanos = new long[seconds];
	}

	synchronized void add(long busyNanos) {
		long now = now();
		int slot = (int) (now % this.second.length);
		if (this.second[slot] != now) {
			this.second[slot] = now;
			this.nanos[slot] = 0;
		}
		this.nanos[slot] += busyNanos;
	}

	/** The share of the window spent handling: 1.0 is one thread busy all the time. */
	synchronized double capacity() {
		long now = now();
		long busy = 0;
		for (int slot = 0; slot < this.second.length; slot++) {
			if (now - this.second[slot] < this.second.length) {
				busy += this.nanos[slot];
			}
		}
		return (double) busy / (this.second.length * NANOS_PER_SECOND);
	}

	/**
	 * Seconds start at 1 so that a slot never written (second 0) is never in the window.
	 */
	private long now() {
		return this.clock.monotonicTime() / NANOS_PER_SECOND + this.second.length + 1;
	}

}
