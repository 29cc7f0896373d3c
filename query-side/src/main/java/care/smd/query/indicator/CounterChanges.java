package care.smd.query.indicator;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import care.smd.kernel.indicator.Period;

/**
 * The counter changes of a batch of events, or of a whole replay, summed per counter row:
 * a community's change goes to its own row and to the row of every enclosing
 * jurisdiction. Changes are summed per community and period first and added to the
 * enclosing rows once, when the rows are asked for: added to all six rows as they came,
 * the sum at the end of a replay spent a third of its time in the map of rows
 * (docs/benchmarks.md, session 20). They are kept by period, not by the period's text,
 * until then: with a text made and hashed for every change, the sum took two fifths
 * longer (session 41). Rows come in key order, the order they are written in (no deadlock
 * between writers).
 */
final class CounterChanges {

	/** by community, then by period */
	private final Map<String, Map<Period, int[]>> activity = new HashMap<>();

	/** by community, then by month */
	private final Map<String, Map<YearMonth, int[]>> state = new HashMap<>();

	void addActivity(Map<String, Map<Period, int[]>> byCommunity) {
		addAll(this.activity, byCommunity);
	}

	void addState(Map<String, Map<YearMonth, int[]>> byCommunity) {
		addAll(this.state, byCommunity);
	}

	/** Adds another's changes to these (the parts of a sum made apart). */
	CounterChanges addAll(CounterChanges other) {
		addAll(this.activity, other.activity);
		addAll(this.state, other.state);
		return this;
	}

	/** The activity counter rows to change, keyed {@code prefix|period}. */
	TreeMap<String, int[]> activity() {
		return rows(this.activity, Period::key);
	}

	/** The state counter rows to change, keyed {@code prefix|month}. */
	TreeMap<String, int[]> state() {
		return rows(this.state, YearMonth::toString);
	}

	private static <K> TreeMap<String, int[]> rows(Map<String, Map<K, int[]>> byCommunity, Function<K, String> text) {
		TreeMap<String, int[]> rows = new TreeMap<>();
		byCommunity.forEach((community, byPeriod) -> {
			List<String> prefixes = Counters.prefixes(community);
			byPeriod.forEach((period, delta) -> {
				String key = text.apply(period);
				prefixes.forEach((prefix) -> add(rows, prefix + "|" + key, delta));
			});
		});
		return rows;
	}

	private static <K> void addAll(Map<String, Map<K, int[]>> into, Map<String, Map<K, int[]>> from) {
		from.forEach((community, byPeriod) -> {
			Map<K, int[]> own = into.computeIfAbsent(community, (c) -> new HashMap<>());
			byPeriod.forEach((period, delta) -> add(own, period, delta));
		});
	}

	private static <K> void add(Map<K, int[]> byKey, K key, int[] delta) {
		int[] sum = byKey.computeIfAbsent(key, (k) -> new int[delta.length]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += delta[i];
		}
	}

}
