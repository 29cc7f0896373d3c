package care.smd.kernel.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.indicator.PatientTimeline.Flag;
import care.smd.kernel.indicator.PatientTimeline.Mark;
import care.smd.kernel.indicator.PatientTimeline.Residence;
import care.smd.kernel.indicator.PatientTimeline.Visit;
import care.smd.kernel.patient.SevereDisorder;

/**
 * The activity counters, gathered in single passes for speed, against the definitions of
 * domain.md §10 read literally, one filtered list per question, on random histories of
 * three years and every period of them.
 */
class PatientFactsLiteralTest {

	private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

	private static final int DAYS = 3 * 365;

	@Test
	void theActivityCountersAgreeWithTheDefinitionsReadLiterally() {
		Random random = new Random(20261204);
		List<Period> periods = PeriodTest.threeYears();
		for (int i = 0; i < 2_000; i++) {
			PatientTimeline timeline = randomTimeline(random);
			for (Period period : periods) {
				assertThat(PatientFacts.activity(timeline, period)).as("%s in %s", timeline, period)
					.isEqualTo(literalActivity(timeline, period));
			}
		}
	}

	private static PatientTimeline randomTimeline(Random random) {
		LocalDate registered = day(random);
		long[] sequence = { 0 };
		List<Residence> residences = sorted(List.of(new Residence(registered, sequence[0]++, "community-a")));
		if (random.nextInt(4) == 0) {
			LocalDate moved = day(random);
			residences = sorted(List.of(residences.get(0),
					new Residence(moved, sequence[0]++, random.nextBoolean() ? "community-b" : null)));
		}
		List<Visit> visits = new ArrayList<>();
		for (int v = random.nextInt(40); v > 0; v--) {
			boolean reached = random.nextInt(10) > 0;
			visits.add(new Visit(day(random), sequence[0]++, reached && random.nextBoolean() ? random.nextInt(6) : null,
					reached, reached && random.nextBoolean(), reached && random.nextInt(8) == 0,
					reached ? pick(random, Adherence.values()) : null,
					reached ? pick(random, Classification.values()) : Classification.NOT_REACHED,
					random.nextInt(20) == 0, random.nextInt(3) == 0, random.nextInt(3) == 0));
		}
		return new PatientTimeline(registered, pick(random, SevereDisorder.values()), residences, sorted(visits),
				marks(random, sequence), marks(random, sequence), marks(random, sequence), flags(random, sequence),
				flags(random, sequence), flags(random, sequence));
	}

	private static List<Mark> marks(Random random, long[] sequence) {
		List<Mark> marks = new ArrayList<>();
		for (int m = random.nextInt(4); m > 0; m--) {
			marks.add(new Mark(day(random), sequence[0]++, random.nextInt(6)));
		}
		return sorted(marks);
	}

	private static List<Flag> flags(Random random, long[] sequence) {
		List<Flag> flags = new ArrayList<>();
		for (int f = random.nextInt(3); f > 0; f--) {
			flags.add(new Flag(day(random), sequence[0]++, random.nextBoolean()));
		}
		return sorted(flags);
	}

	private static <T extends PatientTimeline.Dated> List<T> sorted(List<T> entries) {
		List<T> sorted = new ArrayList<>(entries);
		sorted.sort(PatientTimeline.ORDER);
		return List.copyOf(sorted);
	}

	private static LocalDate day(Random random) {
		return FIRST.plusDays(random.nextInt(DAYS));
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** Each counter as domain.md §10 says it, on its own filtered list. */
	private static PatientFacts.Contribution literalActivity(PatientTimeline timeline, Period period) {
		LocalDate end = period.end();
		String community = timeline.communityAt(end);
		int[] counts = new int[ActivityCounter.values().length];
		if (community == null) {
			return new PatientFacts.Contribution(null, counts);
		}
		List<Visit> visits = timeline.visits().stream().filter((v) -> period.contains(v.date())).toList();
		boolean managed = visits.stream().anyMatch((v) -> v.assessed() || v.inHospitalNow());
		boolean home = !timeline.inHospitalAt(end);
		Visit latest = PatientTimeline.latest(visits.stream().filter(Visit::reached).toList(), end);
		boolean onMedication = latest != null
				&& (latest.inHospitalNow() || latest.adherence() != null && latest.adherence().isTakingMedication());
		set(counts, ActivityCounter.MANAGED, managed);
		for (int k = 0; k <= 4; k++) {
			List<Period> required = period.quarters()
				.stream()
				.limit(k)
				.filter((q) -> !timeline.registeredOn().isAfter(q.start()))
				.toList();
			set(counts, ActivityCounter.standard(k),
					required.isEmpty() ? visits.stream().anyMatch(Visit::assessed) : required.stream()
						.allMatch((q) -> visits.stream().anyMatch((v) -> v.assessed() && q.contains(v.date()))));
		}
		set(counts, ActivityCounter.FACE_TO_FACE, visits.stream().anyMatch(Visit::faceToFace));
		set(counts, ActivityCounter.MEDICATION, onMedication);
		set(counts, ActivityCounter.REGULAR_MEDICATION, latest != null && latest.adherence() == Adherence.REGULAR);
		set(counts, ActivityCounter.SCHIZOPHRENIA_MEDICATION,
				onMedication && timeline.disorder() == SevereDisorder.SCHIZOPHRENIA);
		set(counts, ActivityCounter.STABLE_ELIGIBLE, home && managed);
		LocalDate windowStart = end.minusMonths(3).plusDays(1);
		Visit latestInWindow = PatientTimeline.latest(
				timeline.visits().stream().filter((v) -> v.reached() && !v.date().isBefore(windowStart)).toList(), end);
		set(counts, ActivityCounter.STABLE,
				home && managed && latestInWindow != null && latestInWindow.classification() == Classification.STABLE);
		set(counts, ActivityCounter.REHABILITATION, home && (visits.stream().anyMatch(Visit::rehabilitation)
				|| timeline.rehabilitation().stream().anyMatch((m) -> period.contains(m.date()))));
		set(counts, ActivityCounter.PSYCHOLOGICAL_SUPPORT,
				home && (visits.stream().anyMatch(Visit::psychologicalSupport)
						|| timeline.support().stream().anyMatch((m) -> period.contains(m.date()))));
		set(counts, ActivityCounter.RISK_ASSESSED, visits.stream().anyMatch(Visit::assessed)
				|| timeline.assessments().stream().anyMatch((m) -> period.contains(m.date())));
		set(counts, ActivityCounter.INCIDENT, visits.stream().anyMatch(Visit::incident));
		return new PatientFacts.Contribution(community, counts);
	}

	private static void set(int[] counts, Enum<?> counter, boolean value) {
		counts[counter.ordinal()] = value ? 1 : 0;
	}

}
