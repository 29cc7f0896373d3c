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
import care.smd.kernel.indicator.PatientTimeline.Mark;
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
			for (int count : this.counts) {
				if (count != 0) {
					return false;
				}
			}
			return true;
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
	 * counts). In single passes over the history without copies: a replay asks this for
	 * every period of every case, and the filtered copies and streams it made were most
	 * of the time the counters' sum at the end of a rebuild took (docs/benchmarks.md,
	 * session 33).
	 */
	public static Contribution activity(PatientTimeline timeline, Period period) {
		LocalDate end = period.end();
		String community = timeline.communityAt(end);
		int[] counts = new int[ActivityCounter.values().length];
		if (community == null) {
			return new Contribution(null, counts);
		}
		PeriodVisits visits = new PeriodVisits(timeline.visits(), period, end);
		boolean home = !timeline.inHospitalAt(end);
		Visit latest = visits.latestReached;
		boolean onMedication = latest != null
				&& (latest.inHospitalNow() || latest.adherence() != null && latest.adherence().isTakingMedication());
		set(counts, ActivityCounter.MANAGED, visits.managed);
		boolean[] required = requiredQuarters(timeline.registeredOn(), visits.quarters);
		for (int k = 0; k <= 4; k++) {
			set(counts, ActivityCounter.standard(k), standardManaged(required, k, visits));
		}
		set(counts, ActivityCounter.FACE_TO_FACE, visits.faceToFace);
		set(counts, ActivityCounter.MEDICATION, onMedication);
		set(counts, ActivityCounter.REGULAR_MEDICATION, latest != null && latest.adherence() == Adherence.REGULAR);
		set(counts, ActivityCounter.SCHIZOPHRENIA_MEDICATION,
				onMedication && timeline.disorder() == SevereDisorder.SCHIZOPHRENIA);
		set(counts, ActivityCounter.STABLE_ELIGIBLE, home && visits.managed);
		set(counts, ActivityCounter.STABLE, home && visits.managed && stableAtEnd(timeline, end));
		set(counts, ActivityCounter.REHABILITATION,
				home && (visits.rehabilitation || anyIn(timeline.rehabilitation(), period)));
		set(counts, ActivityCounter.PSYCHOLOGICAL_SUPPORT,
				home && (visits.psychologicalSupport || anyIn(timeline.support(), period)));
		set(counts, ActivityCounter.RISK_ASSESSED, visits.assessed || anyIn(timeline.assessments(), period));
		set(counts, ActivityCounter.INCIDENT, visits.incident);
		return new Contribution(community, counts);
	}

	/** What the visits of one period say, gathered in one pass. */
	private static final class PeriodVisits {

		final List<Period> quarters;

		/** whether an assessed visit lies in each of {@link #quarters} */
		final boolean[] assessedIn;

		boolean managed;

		boolean assessed;

		boolean faceToFace;

		boolean rehabilitation;

		boolean psychologicalSupport;

		boolean incident;

		/** the latest visit in the period that reached the patient */
		Visit latestReached;

		PeriodVisits(List<Visit> visits, Period period, LocalDate end) {
			this.quarters = period.quarters();
			this.assessedIn = new boolean[this.quarters.size()];
			for (Visit visit : visits) {
				if (period.contains(visit.date())) {
					add(visit, end);
				}
			}
		}

		private void add(Visit visit, LocalDate end) {
			this.managed |= visit.assessed() || visit.inHospitalNow();
			this.assessed |= visit.assessed();
			this.faceToFace |= visit.faceToFace();
			this.rehabilitation |= visit.rehabilitation();
			this.psychologicalSupport |= visit.psychologicalSupport();
			this.incident |= visit.incident();
			if (visit.reached() && PatientTimeline.isLater(visit, this.latestReached, end)) {
				this.latestReached = visit;
			}
			if (visit.assessed()) {
				for (int q = 0; q < this.quarters.size(); q++) {
					this.assessedIn[q] |= this.quarters.get(q).contains(visit.date());
				}
			}
		}

	}

	private static boolean anyIn(List<Mark> marks, Period period) {
		for (Mark mark : marks) {
			if (period.contains(mark.date())) {
				return true;
			}
		}
		return false;
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

	/** Which of the period's quarters began on or after the registration. */
	private static boolean[] requiredQuarters(LocalDate registeredOn, List<Period> quarters) {
		boolean[] required = new boolean[quarters.size()];
		for (int q = 0; q < required.length; q++) {
			required[q] = !registeredOn.isAfter(quarters.get(q).start());
		}
		return required;
	}

	/**
	 * An assessed visit in each of the first elapsed quarters that began on or after the
	 * registration; with none such, one assessed visit in the period. Gathered once per
	 * period: the whole history scanned once per quarter and counter was 8% of the
	 * indicator read model's CPU in a replay (docs/benchmarks.md, session 17).
	 */
	private static boolean standardManaged(boolean[] required, int elapsedQuarters, PeriodVisits visits) {
		boolean anyRequired = false;
		for (int q = 0; q < Math.min(elapsedQuarters, required.length); q++) {
			if (required[q]) {
				anyRequired = true;
				if (!visits.assessedIn[q]) {
					return false;
				}
			}
		}
		return anyRequired || visits.assessed;
	}

	private static boolean stableAtEnd(PatientTimeline timeline, LocalDate end) {
		LocalDate windowStart = end.minusMonths(3).plusDays(1);
		Visit latest = null;
		for (Visit visit : timeline.visits()) {
			if (visit.reached() && !visit.date().isBefore(windowStart) && PatientTimeline.isLater(visit, latest, end)) {
				latest = visit;
			}
		}
		return latest != null && latest.classification() == Classification.STABLE;
	}

	private static void set(int[] counts, Enum<?> counter, boolean value) {
		counts[counter.ordinal()] = value ? 1 : 0;
	}

}
