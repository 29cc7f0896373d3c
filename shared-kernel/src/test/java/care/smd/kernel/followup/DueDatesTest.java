package care.smd.kernel.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

	@ParameterizedTest(name = "{0} on {1}, agreed {2} -> due {3}")
	@CsvSource(nullValues = "-",
			value = { "STABLE, 2025-03-14, -, 2025-06-14", "STABLE, 2025-11-30, -, 2026-02-28",
					"BASICALLY_STABLE, 2025-03-14, -, 2025-03-28", "UNSTABLE, 2025-03-14, -, 2025-03-28",
					"NOT_REACHED, 2025-03-14, -, 2025-03-28",
					// an earlier agreed date wins, a later one never postpones the rule
					"STABLE, 2025-03-14, 2025-04-01, 2025-04-01", "STABLE, 2025-03-14, 2025-08-01, 2025-06-14",
					"UNSTABLE, 2025-03-14, 2025-03-21, 2025-03-21", "UNSTABLE, 2025-03-14, 2025-04-30, 2025-03-28" })
	void nextDueByClassification(Classification classification, LocalDate visit, LocalDate agreed, LocalDate due) {
		assertThat(DueDates.nextDue(visit, classification, agreed)).isEqualTo(due);
	}

	@ParameterizedTest
	@CsvSource({ "2025-03-14, 2025-03-28", "2025-12-25, 2026-01-08" })
	void twoWeeksAfterDischargeAndRegistration(LocalDate day, LocalDate due) {
		assertThat(DueDates.afterDischarge(day)).isEqualTo(due);
		assertThat(DueDates.afterRegistration(day)).isEqualTo(due);
	}

}
