package care.smd.standalone.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Pins "today" to 2026-11-23 (China Standard Time) so that "to date" figures are the same
 * on any day.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Bean
	@Primary
	Clock pinnedClock() {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(TODAY.atTime(12, 0).atZone(china).toInstant(), china);
	}

}
