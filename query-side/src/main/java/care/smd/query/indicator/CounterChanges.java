package care.smd.query.indicator;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import care.smd.kernel.indicator.Period;

/**
 * The counter changes of a batch of events, summed per counter row: a community's change
 * is added to its own row and to the row of every enclosing jurisdiction. Rows are kept
 * in key order, the order they are written in (no deadlock between writers).
 */
final class CounterChanges {

	private final TreeMap<String, int[]> activity = new TreeMap<>();

	private final TreeMap<String, int[]> state = new TreeMap<>();

	void addActivity(Map<String, Map<Period, int[]>> byCommunity) {
		byCommunity.forEach((community, byPeriod) -> {
			List<String> prefixes = Counters.prefixes(community);
			byPeriod.forEach((period, delta) -> accumulate(this.activity, prefixes, period.key(), delta));
		});
	}

	void addState(Map<String, Map<YearMonth, int[]>> byCommunity) {
		byCommunity.forEach((community, byMonth) -> {
			List<String> prefixes = Counters.prefixes(community);
			byMonth.forEach((month, delta) -> accumulate(this.state, prefixes, month.toString(), delta));
		});
	}

	TreeMap<String, int[]> activity() {
		return this.activity;
	}

	TreeMap<String, int[]> state() {
		return this.state;
	}

	private static void accumulate(Map<String, int[]> byKey, List<String> prefixes, String period, int[] delta) {
		for (String prefix : prefixes) {
			int[] sum = byKey.computeIfAbsent(prefix + "|" + period, (k) -> new int[delta.length]);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += delta[i];
			}
		}
	}

}
