package care.smd.query.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import care.smd.kernel.indicator.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes summed per community come out as the rows of the community and of every
 * enclosing jurisdiction, and a sum made in parts equals the sum made in one.
 */
class CounterChangesTest {

	private static final String COMMUNITY_A = "330102001001";

	private static final String COMMUNITY_B = "330102001002";

	private static final String OTHER_COUNTY = "330103001001";

	@Test
	void aCommunitysChangeIsAddedToItsOwnRowAndToEveryEnclosingOne() {
		CounterChanges changes = new CounterChanges();
		changes.addActivity(Map.of(COMMUNITY_A, Map.of(Period.year(2025), new int[] { 1, 1 })));
		changes.addActivity(Map.of(COMMUNITY_B, Map.of(Period.year(2025), new int[] { 1, 0 })));
		changes.addActivity(Map.of(OTHER_COUNTY, Map.of(Period.year(2025), new int[] { 0, 1 })));

		TreeMap<String, int[]> rows = changes.activity();

		String year = Period.year(2025).key();
		assertThat(rows.keySet()).containsExactlyInAnyOrder("|" + year, "33|" + year, "3301|" + year, "330102|" + year,
				"330102001|" + year, COMMUNITY_A + "|" + year, COMMUNITY_B + "|" + year, "330103|" + year,
				"330103001|" + year, OTHER_COUNTY + "|" + year);
		assertThat(rows.get("|" + year)).containsExactly(2, 2);
		assertThat(rows.get("330102|" + year)).containsExactly(2, 1);
		assertThat(rows.get("330102001|" + year)).containsExactly(2, 1);
		assertThat(rows.get(COMMUNITY_B + "|" + year)).containsExactly(1, 0);
		assertThat(rows.get("330103|" + year)).containsExactly(0, 1);
	}

	@Test
	void rowsAreKeyedByThePeriodsAndMonthsAsText() {
		CounterChanges changes = new CounterChanges();
		LocalDate day = LocalDate.of(2025, 3, 14);
		changes.addActivity(Map.of(COMMUNITY_A,
				Map.of(Period.quarterOf(day), new int[] { 1 }, Period.monthOf(day), new int[] { 2 })));
		changes.addActivity(Map.of(COMMUNITY_A, Map.of(Period.quarterOf(day.plusDays(1)), new int[] { 3 })));
		changes.addState(Map.of(COMMUNITY_A, Map.of(YearMonth.from(day), new int[] { 4 })));

		assertThat(changes.activity().get(COMMUNITY_A + "|2025-Q1")).containsExactly(4);
		assertThat(changes.activity().get("33|2025-03")).containsExactly(2);
		assertThat(changes.state().get("3301|2025-03")).containsExactly(4);
	}

	@Test
	void aSumMadeInPartsEqualsTheSumMadeInOne() {
		CounterChanges whole = new CounterChanges();
		CounterChanges first = new CounterChanges();
		CounterChanges second = new CounterChanges();
		for (int patient = 0; patient < 40; patient++) {
			String community = patient % 3 == 0 ? COMMUNITY_A : patient % 3 == 1 ? COMMUNITY_B : OTHER_COUNTY;
			Map<String, Map<Period, int[]>> activity = Map.of(community,
					Map.of(Period.year(2024 + patient % 2), new int[] { 1, patient % 4 == 0 ? 1 : 0 }));
			Map<String, Map<YearMonth, int[]>> state = Map.of(community,
					Map.of(YearMonth.of(2025, 1 + patient % 12), new int[] { 1, -(patient % 2) }));
			whole.addActivity(activity);
			whole.addState(state);
			CounterChanges part = patient < 17 ? first : second;
			part.addActivity(activity);
			part.addState(state);
		}

		CounterChanges parts = new CounterChanges().addAll(first).addAll(second);

		assertThat(parts.activity()).usingRecursiveComparison().isEqualTo(whole.activity());
		assertThat(parts.state()).usingRecursiveComparison().isEqualTo(whole.state());
		assertThat(parts.state().get("|2025-02")).containsExactly(4, -4);
	}

}
