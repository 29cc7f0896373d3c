package care.smd.query.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.kernel.indicator.ActivityCounter;
import care.smd.kernel.indicator.Period;
import care.smd.kernel.indicator.StateCounter;
import care.smd.query.indicator.Plans.Plan;
import care.smd.query.jurisdiction.Jurisdictions;
import care.smd.query.jurisdiction.Jurisdictions.Jurisdiction;

/**
 * Reads the rates of a jurisdiction and period from the counters: one activity row and a
 * sum over the monthly state changes, never the follow-ups themselves.
 */
@Component
class IndicatorReports {

	/**
	 * One indicator: numerator over denominator, and how it stands against the plan's
	 * target.
	 */
	record Indicator(IndicatorCode code, String label, long numerator, Long denominator, Double rate, Double target,
			Double gap, Boolean meetsTarget) {
	}

	record Report(String jurisdiction, String name, String period, LocalDate asOf, boolean complete, String plan,
			String planName, List<Indicator> indicators) {

		Indicator indicator(IndicatorCode code) {
			return this.indicators.stream().filter((i) -> i.code() == code).findFirst().orElseThrow();
		}

	}

	private final JdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private final String countersSelect;

	IndicatorReports(JdbcTemplate jdbc, Jurisdictions jurisdictions, Clock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
		// one statement, one round trip: the period's activity row beside the state
		// changes
		// summed up to its last month (no activity row reads as zeros)
		this.countersSelect = "select "
				+ Arrays.stream(ActivityCounter.values())
					.map((c) -> "a." + Counters.snake(c.column()))
					.collect(Collectors.joining(", "))
				+ ", s.* from (select "
				+ Arrays.stream(StateCounter.values())
					.map((c) -> "coalesce(sum(" + Counters.snake(c.column()) + "), 0) " + Counters.snake(c.column()))
					.collect(Collectors.joining(", "))
				+ " from q_ind_state where prefix = ? and month_key <= ?) s left join q_ind_activity a on a.id = ?";
	}

	Report report(Jurisdiction jurisdiction, Period period, Plan plan) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
		Counts counts = counts(jurisdiction.code(), period);
		long[] activity = counts.activity();
		long[] state = counts.state();
		long registered = state[StateCounter.REGISTERED.ordinal()];
		long home = state[StateCounter.HOME_DWELLING.ordinal()];
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(indicator(IndicatorCode.registered, registered, null, plan));
		indicators.add(indicator(IndicatorCode.prevalence, registered,
				jurisdiction.population() > 0 ? jurisdiction.population() : null, plan));
		indicators.add(rate(IndicatorCode.management, activity, ActivityCounter.MANAGED, registered, plan));
		indicators.add(rate(IndicatorCode.standardManagement, activity,
				ActivityCounter.standard(period.quartersElapsedBy(asOf)), registered, plan));
		indicators.add(rate(IndicatorCode.faceToFace, activity, ActivityCounter.FACE_TO_FACE, registered, plan));
		indicators.add(rate(IndicatorCode.medication, activity, ActivityCounter.MEDICATION, registered, plan));
		indicators
			.add(rate(IndicatorCode.regularMedication, activity, ActivityCounter.REGULAR_MEDICATION, registered, plan));
		indicators.add(rate(IndicatorCode.schizophreniaMedication, activity, ActivityCounter.SCHIZOPHRENIA_MEDICATION,
				state[StateCounter.SCHIZOPHRENIA.ordinal()], plan));
		indicators.add(rate(IndicatorCode.stable, activity, ActivityCounter.STABLE,
				activity[ActivityCounter.STABLE_ELIGIBLE.ordinal()], plan));
		indicators.add(rate(IndicatorCode.rehabilitation, activity, ActivityCounter.REHABILITATION, home, plan));
		indicators
			.add(rate(IndicatorCode.psychologicalSupport, activity, ActivityCounter.PSYCHOLOGICAL_SUPPORT, home, plan));
		indicators
			.add(rate(IndicatorCode.riskAssessmentCoverage, activity, ActivityCounter.RISK_ASSESSED, registered, plan));
		indicators.add(indicator(IndicatorCode.careTeamCoverage, state[StateCounter.TEAM_COVERED.ordinal()],
				state[StateCounter.NEEDS_TEAM.ordinal()], plan));
		indicators.add(rate(IndicatorCode.incident, activity, ActivityCounter.INCIDENT, registered, plan));
		indicators.add(indicator(IndicatorCode.lost, state[StateCounter.LOST.ordinal()], registered, plan));
		return new Report(jurisdiction.code(), jurisdiction.name(), period.key(), asOf, !asOf.isBefore(period.end()),
				plan.code(), plan.name(), indicators);
	}

	/** The reports of every child jurisdiction, the furthest behind the target first. */
	List<Report> breakdown(String prefix, Period period, Plan plan, IndicatorCode sortBy) {
		Comparator<Report> byGap = Comparator.comparing((Report r) -> r.indicator(sortBy).gap(),
				Comparator.nullsLast(Comparator.reverseOrder()));
		Comparator<Double> worstFirst = sortBy.higherIsBetter() ? Comparator.naturalOrder() : Comparator.reverseOrder();
		Comparator<Report> byRate = Comparator.comparing((Report r) -> r.indicator(sortBy).rate(),
				Comparator.nullsLast(worstFirst));
		return this.jurisdictions.children(prefix)
			.stream()
			.map((child) -> report(child, period, plan))
			.sorted(byGap.thenComparing(byRate).thenComparing(Report::jurisdiction))
			.toList();
	}

	private Indicator rate(IndicatorCode code, long[] activity, ActivityCounter numerator, long denominator,
			Plan plan) {
		return indicator(code, activity[numerator.ordinal()], denominator, plan);
	}

	private static Indicator indicator(IndicatorCode code, long numerator, Long denominator, Plan plan) {
		Double rate = denominator == null || denominator == 0 ? null
				: (double) numerator / denominator * (code == IndicatorCode.prevalence ? 1000 : 1);
		Double target = plan.targets().get(code);
		Double gap = rate == null || target == null ? null : code.higherIsBetter() ? target - rate : rate - target;
		Boolean meets = gap == null ? null : gap <= 1e-12;
		return new Indicator(code, code.chinese(), numerator, denominator, rate, target, gap, meets);
	}

	/** The period's activity counters and the state counters at its end. */
	private record Counts(long[] activity, long[] state) {
	}

	private Counts counts(String prefix, Period period) {
		return this.jdbc.queryForObject(this.countersSelect, (rs, n) -> {
			long[] activity = new long[ActivityCounter.values().length];
			long[] state = new long[StateCounter.values().length];
			for (int i = 0; i < activity.length; i++) {
				activity[i] = rs.getLong(i + 1);
			}
			for (int i = 0; i < state.length; i++) {
				state[i] = rs.getLong(activity.length + i + 1);
			}
			return new Counts(activity, state);
		}, prefix, YearMonth.from(period.end()).toString(), prefix + "|" + period.key());
	}

}
