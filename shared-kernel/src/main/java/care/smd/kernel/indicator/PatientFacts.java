package care.smd.kernel.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.indicator.PatientTimeline.Visit;
import care.smd.kernel.patient.SevereDisorder;

/**
 * The indicator definitions of the national information system (domain.md §10), applied
 * to one patient. Everything is evaluated as of the end of the day that closes the
 * period, from entries dated on or before it; a period still running is read as of its
 * end too, since nothing is ever dated after today.
 * <ul>
 * <li>registered: registered in a community at the period end (not deceased, moved out or
 * deregistered by then);</li>
 * <li>managed: a follow-up in the period with a danger assessment, or saying "in hospital
 * now";</li>
 * <li>standard-managed: a follow-up with a danger assessment in every whole quarter of
 * the period that has elapsed and that began after registration; with no such quarter,
 * one assessed follow-up in the period;</li>
 * <li>medication / regular medication: the latest follow-up in the period that reached
 * the patient says regular or intermittent (or in hospital now) / regular;</li>
 * <li>home-dwelling: not in hospital at the period end; stable: home-dwelling, managed,
 * and the latest follow-up that reached the patient within the last 3 months of the
 * period is stable;</li>
 * <li>rehabilitation / psychological support: home-dwelling and took part / got support
 * (patient or family) in the period;</li>
 * <li>risk assessed: a danger assessment in the period (visit or separate); incident: a
 * follow-up in the period reports trouble (肇事) or disaster (肇祸);</li>
 * <li>needs a care team: unstable at the latest follow-up or danger 3-5 at the latest
 * assessment, as of the period end; covered: and a care team is active then.</li>
 * </ul>
 */
public final class PatientFacts {

	private PatientFacts() {
	}

	/** A patient's contribution to one community's counters. */
	public record Contribution(String community, int[] counts) {

		public boolean isEmpty() {
			return Arrays.stream(this.counts).allMatch((c) -> c == 0);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Contribution that && Objects.equals(this.community, that.community)
					&& Arrays.equals(this.counts, that.counts);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.community, Arrays.hashCode(this.counts));
		}

		@Override
		public String toString() {
			return this.community + Arrays.toString(this.counts);
		}

	}

	/**
	 * What the patient adds to the activity counters of a period (empty when nothing
	 * counts).
	 */
	public static Contribution activity(PatientTimeline timeline, Period period) {
		LocalDate end = period.end();
		String community = timeline.communityAt(end);
		int[] counts = new int[ActivityCounter.values().length];
		if (community == null) {
			return new Contribution(null, counts);
		}
		List<Visit> visits = timeline.visits().stream().filter((v) -> period.contains(v.date())).toList();
		boolean managed = visits.stream().anyMatch((v) -> v.assessed() || v.inHospitalNow());
		boolean home = !timeline.inHospitalAt(end);
		Visit latest = PatientTimeline.latest(visits.stream().filter(Visit::reached).toList(), end);
		boolean onMedication = latest != null
				&& (latest.inHospitalNow() || latest.adherence() != null && latest.adherence().isTakingMedication());
		set(counts, ActivityCounter.MANAGED, managed);
		List<Period> quarters = period.quarters();
		for (int k = 0; k <= 4; k++) {
			set(counts, ActivityCounter.standard(k), standardManaged(timeline.registeredOn(), quarters, k, visits));
		}
		set(counts, ActivityCounter.FACE_TO_FACE, visits.stream().anyMatch(Visit::faceToFace));
		set(counts, ActivityCounter.MEDICATION, onMedication);
		set(counts, ActivityCounter.REGULAR_MEDICATION, latest != null && latest.adherence() == Adherence.REGULAR);
		set(counts, ActivityCounter.SCHIZOPHRENIA_MEDICATION,
				onMedication && timeline.disorder() == SevereDisorder.SCHIZOPHRENIA);
		set(counts, ActivityCounter.STABLE_ELIGIBLE, home && managed);
		set(counts, ActivityCounter.STABLE, home && managed && stableAtEnd(timeline, end));
		set(counts, ActivityCounter.REHABILITATION, home && (visits.stream().anyMatch(Visit::rehabilitation)
				|| timeline.rehabilitation().stream().anyMatch((m) -> period.contains(m.date()))));
		set(counts, ActivityCounter.PSYCHOLOGICAL_SUPPORT,
				home && (visits.stream().anyMatch(Visit::psychologicalSupport)
						|| timeline.support().stream().anyMatch((m) -> period.contains(m.date()))));
		set(counts, ActivityCounter.RISK_ASSESSED, visits.stream().anyMatch(Visit::assessed)
				|| timeline.assessments().stream().anyMatch((m) -> period.contains(m.date())));
		set(counts, ActivityCounter.INCIDENT, visits.stream().anyMatch(Visit::incident));
		return new Contribution(community, counts);
	}

	/** What the patient adds to the state counters at the end of the day. */
	public static Contribution state(PatientTimeline timeline, LocalDate day) {
		String community = timeline.communityAt(day);
		int[] counts = new int[StateCounter.values().length];
		if (community == null) {
			return new Contribution(null, counts);
		}
		boolean needsTeam = timeline.needsCareTeamAt(day);
		set(counts, StateCounter.REGISTERED, true);
		set(counts, StateCounter.SCHIZOPHRENIA, timeline.disorder() == SevereDisorder.SCHIZOPHRENIA);
		set(counts, StateCounter.HOME_DWELLING, !timeline.inHospitalAt(day));
		set(counts, StateCounter.LOST, timeline.lostAt(day));
		set(counts, StateCounter.NEEDS_TEAM, needsTeam);
		set(counts, StateCounter.TEAM_COVERED, needsTeam && timeline.careTeamAt(day));
		return new Contribution(community, counts);
	}

	/**
	 * The periods (year, quarter, month) in which the patient has activity, ending on or
	 * after the day.
	 */
	public static TreeSet<Period> activityPeriodsEndingFrom(PatientTimeline timeline, LocalDate from) {
		TreeSet<Period> periods = new TreeSet<>();
		for (LocalDate day : timeline.activityDays()) {
			for (Period period : Period.containing(day)) {
				if (!period.end().isBefore(from)) {
					periods.add(period);
				}
			}
		}
		return periods;
	}

	/**
	 * The patient's state contributions as changes at month ends: the count of a
	 * community at the end of a month is the sum of its changes in that month and every
	 * month before.
	 */
	public static Map<MonthKey, int[]> stateChanges(PatientTimeline timeline) {
		return stateChanges(timeline, LocalDate.MIN);
	}

	/**
	 * The changes of {@link #stateChanges(PatientTimeline)} in the months from the day's
	 * on, and only those. A state at a month end depends on nothing dated after it, so an
	 * event changes no month before its own: a batch of today's visits compares the
	 * patient's state in this month alone, not in every month since registration.
	 * @param from the first day that counts; {@link LocalDate#MIN} for every month
	 */
	public static Map<MonthKey, int[]> stateChanges(PatientTimeline timeline, LocalDate from) {
		YearMonth first = from.equals(LocalDate.MIN) ? null : YearMonth.from(from);
		TreeSet<YearMonth> months = new TreeSet<>();
		for (LocalDate day : timeline.stateChangeDays()) {
			YearMonth month = YearMonth.from(day);
			if (first == null || !month.isBefore(first)) {
				months.add(month);
			}
		}
		Map<MonthKey, int[]> changes = new HashMap<>();
		// no state changes between the last month with a change day and the month
		// before the first: the state at that month's end is where the changes start
		Contribution before = (first == null || months.isEmpty())
				? new Contribution(null, new int[StateCounter.values().length])
				: state(timeline, first.minusMonths(1).atEndOfMonth());
		for (YearMonth month : months) {
			Contribution now = state(timeline, month.atEndOfMonth());
			if (!now.equals(before)) {
				addTo(changes, new MonthKey(before.community(), month), before.counts(), -1);
				addTo(changes, new MonthKey(now.community(), month), now.counts(), 1);
				before = now;
			}
		}
		changes.keySet().removeIf((key) -> key.community() == null);
		changes.values().removeIf((counts) -> Arrays.stream(counts).allMatch((c) -> c == 0));
		return changes;
	}

	/** A community and a month: where a state change is counted. */
	public record MonthKey(String community, YearMonth month) {
	}

	private static void addTo(Map<MonthKey, int[]> changes, MonthKey key, int[] counts, int sign) {
		int[] sum = changes.computeIfAbsent(key, (k) -> new int[counts.length]);
		for (int i = 0; i < counts.length; i++) {
			sum[i] += sign * counts[i];
		}
	}

	/**
	 * @param quarters the period's quarters
	 * @param visits the period's visits, among which its quarters' lie: the whole history
	 * scanned once per quarter and counter was 8% of the indicator read model's CPU in a
	 * replay (docs/benchmarks.md, session 17)
	 */
	private static boolean standardManaged(LocalDate registeredOn, List<Period> quarters, int elapsedQuarters,
			List<Visit> visits) {
		List<Period> required = quarters.stream()
			.limit(elapsedQuarters)
			.filter((q) -> !registeredOn.isAfter(q.start()))
			.toList();
		if (required.isEmpty()) {
			return visits.stream().anyMatch(Visit::assessed);
		}
		return required.stream().allMatch((q) -> visits.stream().anyMatch((v) -> v.assessed() && q.contains(v.date())));
	}

	private static boolean stableAtEnd(PatientTimeline timeline, LocalDate end) {
		LocalDate windowStart = end.minusMonths(3).plusDays(1);
		List<Visit> window = timeline.visits()
			.stream()
			.filter((v) -> v.reached() && !v.date().isBefore(windowStart))
			.toList();
		Visit latest = PatientTimeline.latest(window, end);
		return latest != null && latest.classification() == Classification.STABLE;
	}

	private static void set(int[] counts, Enum<?> counter, boolean value) {
		counts[counter.ordinal()] = value ? 1 : 0;
	}

}
