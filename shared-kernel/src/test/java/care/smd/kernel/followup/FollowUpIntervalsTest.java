package care.smd.kernel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.smd.kernel.common.InvalidValue;

class FollowUpIntervalsTest {

	@Test
	void theVisitAfterADischargeIsDueAfterTheConfiguredDays() {
		assertThat(FollowUpIntervals.DEFAULT.afterDischarge(LocalDate.of(2025, 3, 14))).isEqualTo("2025-03-28");
		assertThat(new FollowUpIntervals(7).afterDischarge(LocalDate.of(2025, 12, 28))).isEqualTo("2026-01-04");
	}

	@Test
	void theIntervalIsBetweenADayAndThreeMonths() {
		assertThatThrownBy(() -> new FollowUpIntervals(0)).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> new FollowUpIntervals(91)).isInstanceOf(InvalidValue.class);
	}

}
