package care.smd.query.indicator;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import care.smd.kernel.indicator.Period;

/**
 * The counter changes of a batch of events, or of a whole replay, summed per counter row:
 * a community's change goes to its own row and to the row of every enclosing
 * jurisdiction. Changes are summed per community and period first and added to the
 * enclosing rows once, when the rows are asked for: added to all six rows as they came,
 * the sum at the end of a replay spent a third of its time in the map of rows
 * (docs/benchmarks.md, session 20). Rows come in key order, the order they are written in
 * (no deadlock between writers).
 */
final class CounterChanges {

	/** by community, then by period key */
	private final Map<String, Map<String, int[]>> activity = new HashMap<>();

	private final Map<String, Map<String, int[]>> state = new HashMap<>();

	void addActivity(Map<String, Map<Period, int[]>> byCommunity) {
		byCommunity.forEach((community, byPeriod) -> {
			Map<String, int[]> own = this.activity.computeIfAbsent(community, (c) -> new HashMap<>());
			byPeriod.forEach((period, delta) -> add(own, period.key(), delta));
		});
	}

	void addState(Map<String, Map<YearMonth, int[]>> byCommunity) {
		byCommunity.forEach((community, byMonth) -> {
			Map<String, int[]> own = this.state.computeIfAbsent(community, (c) -> new HashMap<>());
			byMonth.forEach((month, delta) -> add(own, month.toString(), delta));
		});
	}

	/** Adds another's changes to these (the parts of a sum made apart). */
	CounterChanges addAll(CounterChanges other) {
		addAll(this.activity, other.activity);
		addAll(this.state, other.state);
		return this;
	}

	/** The activity counter rows to change, keyed {@code prefix|period}. */
	TreeMap<String, int[]> activity() {
		return rows(this.activity);
	}

	/** The state counter rows to change, keyed {@code prefix|month}. */
	TreeMap<String, int[]> state() {
		return rows(this.state);
	}

	private static TreeMap<String, int[]> rows(Map<String, Map<String, int[]>> byCommunity) {
		TreeMap<String, int[]> rows = new TreeMap<>();
		byCommunity.forEach((community, byPeriod) -> {
			List<String> prefixes = Counters.prefixes(community);
			byPeriod.forEach((period, delta) -> prefixes.forEach((prefix) -> add(rows, prefix + "|" + period, delta)));
		});
		return rows;
	}

	private static void addAll(Map<String, Map<String, int[]>> into, Map<String, Map<String, int[]>> from) {
		from.forEach((community, byPeriod) -> {
			Map<String, int[]> own = into.computeIfAbsent(community, (c) -> new HashMap<>());
			byPeriod.forEach((period, delta) -> add(own, period, delta));
		});
	}

	private static void add(Map<String, int[]> byKey, String key, int[] delta) {
		int[] sum = byKey.computeIfAbsent(key, (k) -> new int[delta.length]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += delta[i];
		}
	}

}
