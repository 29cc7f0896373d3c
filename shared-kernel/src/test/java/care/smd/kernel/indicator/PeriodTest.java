package care.smd.kernel.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import care.smd.kernel.common.InvalidValue;

class PeriodTest {

	@ParameterizedTest
	@CsvSource({ "2025, 2025-01-01, 2025-12-31", "2025-Q1, 2025-01-01, 2025-03-31", "2024-Q1, 2024-01-01, 2024-03-31",
			"2025-Q4, 2025-10-01, 2025-12-31", "2024-02, 2024-02-01, 2024-02-29", "2025-02, 2025-02-01, 2025-02-28",
			"2025-11, 2025-11-01, 2025-11-30" })
	void aPeriodRunsFromItsFirstDayToItsLast(String key, LocalDate start, LocalDate end) {
		Period period = Period.parse(key);
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
		assertThat(period.key()).isEqualTo(key);
	}

	/**
	 * Every day of three years against every period of them: inside exactly its bounds.
	 */
	@Test
	void containsExactlyTheDaysBetweenItsStartAndItsEnd() {
		List<Period> periods = threeYears();
		for (LocalDate day = LocalDate.of(2023, 1, 1); day.getYear() <= 2025; day = day.plusDays(1)) {
			for (Period period : periods) {
				boolean between = !day.isBefore(period.start()) && !day.isAfter(period.end());
				assertThat(period.contains(day)).as("%s in %s", day, period).isEqualTo(between);
			}
		}
	}

	@Test
	void aMonthsKeyHasTwoDigits() {
		assertThat(Period.monthOf(LocalDate.of(2025, 6, 3)).key()).isEqualTo("2025-06");
		assertThat(Period.monthOf(LocalDate.of(2025, 12, 3)).key()).isEqualTo("2025-12");
		assertThat(Period.quarterOf(LocalDate.of(2025, 6, 3)).key()).isEqualTo("2025-Q2");
	}

	@ParameterizedTest
	@CsvSource({ "2025-13", "2025-Q5", "25", "2025-6", "''" })
	void refusesWhatIsNoPeriod(String key) {
		assertThatThrownBy(() -> Period.parse(key)).isInstanceOf(InvalidValue.class);
	}

	@Test
	void periodsAreOrderedByTheirEndThenTheLongerFirst() {
		List<Period> periods = threeYears();
		for (Period one : periods) {
			for (Period other : periods) {
				int byDates = one.end().equals(other.end()) ? other.start().compareTo(one.start())
						: one.end().compareTo(other.end());
				assertThat(Integer.signum(one.compareTo(other))).as("%s against %s", one, other)
					.isEqualTo(Integer.signum(byDates));
			}
		}
	}

	/** Every year, quarter and month of 2023 to 2025. */
	static List<Period> threeYears() {
		List<Period> periods = new ArrayList<>();
		for (int year = 2023; year <= 2025; year++) {
			periods.add(Period.year(year));
			for (int q = 1; q <= 4; q++) {
				periods.add(Period.parse(year + "-Q" + q));
			}
			for (int m = 1; m <= 12; m++) {
				periods.add(Period.monthOf(LocalDate.of(year, m, 1)));
			}
		}
		return periods;
	}

}
