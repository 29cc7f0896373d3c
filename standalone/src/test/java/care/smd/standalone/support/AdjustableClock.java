package care.smd.standalone.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that starts at {@link FixedClock#TODAY} noon (China Standard Time) and moves
 * only when a test moves it, for rules that depend on the passing of time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AdjustableClock {

	/** The clock itself: still until {@link #advance(Duration)}. */
	public static final class Movable extends Clock {

		private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

		private volatile Instant now = FixedClock.TODAY.atTime(12, 0).atZone(CHINA).toInstant();

		public void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return CHINA;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Bean
	@Primary
	Movable movableClock() {
		return new Movable();
	}

}
