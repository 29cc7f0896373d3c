package care.smd.kernel.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.indicator.PatientFacts.MonthKey;
import care.smd.kernel.indicator.PatientTimeline.Flag;
import care.smd.kernel.indicator.PatientTimeline.Mark;
import care.smd.kernel.indicator.PatientTimeline.Residence;
import care.smd.kernel.indicator.PatientTimeline.Visit;
import care.smd.kernel.patient.SevereDisorder;

/**
 * The state counted at month ends (在册, 居家, 失访, needs a care team, covered by one), and
 * its changes from a day on, which is all a batch of new events compares.
 */
class PatientStateTest {

	private static final String HOME = "310105002001";

	private static final String ELSEWHERE = "310105005001";

	/**
	 * Registered, unstable for a while with a team, in hospital, lost and found,
	 * transferred and back: a state change in most months of 2024.
	 */
	private static final PatientTimeline BUSY = new PatientTimeline(day(2024, 1, 10), SevereDisorder.SCHIZOPHRENIA,
			List.of(new Residence(day(2024, 1, 10), 0, HOME), new Residence(day(2024, 8, 3), 9, ELSEWHERE),
					new Residence(day(2024, 11, 20), 12, HOME)),
			List.of(visit(day(2024, 2, 5), 1, 1, Classification.BASICALLY_STABLE),
					visit(day(2024, 3, 9), 2, 3, Classification.UNSTABLE),
					visit(day(2024, 4, 9), 4, 2, Classification.BASICALLY_STABLE),
					visit(day(2024, 6, 1), 6, 0, Classification.STABLE),
					visit(day(2024, 10, 2), 10, 4, Classification.UNSTABLE),
					visit(day(2025, 1, 15), 13, 0, Classification.STABLE)),
			List.of(new Mark(day(2024, 5, 20), 5, 3), new Mark(day(2024, 12, 1), 14, 1)), List.of(), List.of(),
			List.of(new Flag(day(2024, 4, 20), 7, true), new Flag(day(2024, 5, 2), 8, false)),
			List.of(new Flag(day(2024, 7, 1), 11, true), new Flag(day(2024, 9, 1), 15, false)),
			List.of(new Flag(day(2024, 3, 12), 3, true), new Flag(day(2024, 6, 10), 16, false)));

	@Test
	void theChangesFromADayAreTheWholeChangesOfItsMonthAndAfter() {
		Map<MonthKey, List<Integer>> whole = comparable(PatientFacts.stateChanges(BUSY));
		assertThat(whole.keySet().stream().map(MonthKey::month).distinct().count())
			.as("changes in many months, so that most days leave some out")
			.isGreaterThan(8);

		for (LocalDate from = day(2023, 12, 1); from.isBefore(day(2025, 3, 1)); from = from.plusDays(1)) {
			YearMonth first = YearMonth.from(from);
			Map<MonthKey, List<Integer>> fromOn = whole.entrySet()
				.stream()
				.filter((change) -> !change.getKey().month().isBefore(first))
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

			assertThat(comparable(PatientFacts.stateChanges(BUSY, from))).as("from %s", from).isEqualTo(fromOn);
		}
	}

	@Test
	void fromTheFirstPossibleDayEveryMonthCounts() {
		assertThat(comparable(PatientFacts.stateChanges(BUSY, LocalDate.MIN)))
			.isEqualTo(comparable(PatientFacts.stateChanges(BUSY)))
			.isNotEmpty();
	}

	@Test
	void aCareTeamIsNeededWhenUnstableAtTheLatestVisitOrInDangerAtTheLatestAssessment() {
		assertThat(BUSY.needsCareTeamAt(day(2024, 3, 8))).as("basically stable, danger 1").isFalse();
		assertThat(BUSY.needsCareTeamAt(day(2024, 3, 9))).as("unstable").isTrue();
		assertThat(BUSY.needsCareTeamAt(day(2024, 4, 9))).as("basically stable, danger 2").isFalse();
		assertThat(BUSY.needsCareTeamAt(day(2024, 5, 20))).as("an assessment of danger 3").isTrue();
		assertThat(BUSY.needsCareTeamAt(day(2024, 6, 1))).as("stable, danger 0 at a later visit").isFalse();
		assertThat(BUSY.needsCareTeamAt(day(2024, 12, 1))).as("unstable at the latest visit, danger 1 since").isTrue();
		assertThat(BUSY.needsCareTeamAt(day(2025, 1, 15))).isFalse();
	}

	@Test
	void aVisitThatDidNotReachThePatientLeavesTheLatestClassificationStanding() {
		PatientTimeline timeline = new PatientTimeline(day(2024, 1, 10), SevereDisorder.SCHIZOPHRENIA,
				List.of(new Residence(day(2024, 1, 10), 0, HOME)),
				List.of(visit(day(2024, 2, 5), 1, 1, Classification.UNSTABLE),
						new Visit(day(2024, 3, 5), 2, null, false, false, false, null, null, false, false, false)),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

		assertThat(timeline.needsCareTeamAt(day(2024, 3, 31))).isTrue();
	}

	@Test
	void onTheSameDayTheLaterEventDecides() {
		PatientTimeline timeline = new PatientTimeline(day(2024, 1, 10), SevereDisorder.SCHIZOPHRENIA,
				List.of(new Residence(day(2024, 1, 10), 0, HOME)),
				List.of(visit(day(2024, 2, 5), 2, 1, Classification.STABLE)),
				List.of(new Mark(day(2024, 2, 5), 1, 4), new Mark(day(2024, 2, 5), 3, 3)), List.of(), List.of(),
				List.of(), List.of(), List.of());
		PatientTimeline calmedLast = new PatientTimeline(day(2024, 1, 10), SevereDisorder.SCHIZOPHRENIA,
				List.of(new Residence(day(2024, 1, 10), 0, HOME)),
				List.of(visit(day(2024, 2, 5), 2, 1, Classification.STABLE)), List.of(new Mark(day(2024, 2, 5), 1, 4)),
				List.of(), List.of(), List.of(), List.of(), List.of());

		assertThat(timeline.needsCareTeamAt(day(2024, 2, 5))).as("danger 3 assessed after the visit").isTrue();
		assertThat(calmedLast.needsCareTeamAt(day(2024, 2, 5))).as("danger 1 at a visit after danger 4").isFalse();
	}

	private static Visit visit(LocalDate date, long sequence, int danger, Classification classification) {
		return new Visit(date, sequence, danger, true, true, false, Adherence.REGULAR, classification, false, false,
				false);
	}

	private static Map<MonthKey, List<Integer>> comparable(Map<MonthKey, int[]> changes) {
		Map<MonthKey, List<Integer>> result = new TreeMap<>(
				Comparator.comparing(MonthKey::month).thenComparing(MonthKey::community));
		changes.forEach((key, counts) -> result.put(key, Arrays.stream(counts).boxed().toList()));
		return result;
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
