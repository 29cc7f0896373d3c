package care.smd.query.indicator;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.kernel.indicator.ActivityCounter;
import care.smd.kernel.indicator.Period;
import care.smd.kernel.indicator.StateCounter;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * Adds a patient's changed contribution to the counters of its community and of every
 * enclosing jurisdiction, and of the whole country (prefix ""). Increments are single
 * UPDATE statements, so they never read-modify-write; keys are applied in sorted order so
 * that two writers cannot deadlock.
 */
@Component
class Counters {

	static final String NATIONAL = "";

	private final JdbcTemplate jdbc;

	private final String activityUpdate;

	private final String activityInsert;

	private final String stateUpdate;

	private final String stateInsert;

	Counters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		List<String> activity = Arrays.stream(ActivityCounter.values()).map(ActivityCounter::column).toList();
		List<String> state = Arrays.stream(StateCounter.values()).map(StateCounter::column).toList();
		this.activityUpdate = update("q_ind_activity", activity);
		this.activityInsert = insert("q_ind_activity", "period_key", activity);
		this.stateUpdate = update("q_ind_state", state);
		this.stateInsert = insert("q_ind_state", "month_key", state);
	}

	/**
	 * Prefix keys of a community: the country, province, prefecture, county, township and
	 * itself.
	 */
	static List<String> prefixes(String community) {
		List<String> prefixes = new java.util.ArrayList<>();
		prefixes.add(NATIONAL);
		JurisdictionCode.of(community).selfAndAncestors().forEach((code) -> prefixes.add(code.value()));
		return prefixes;
	}

	void addActivity(Map<String, Map<Period, int[]>> deltasByCommunity) {
		TreeMap<String, int[]> byKey = new TreeMap<>();
		deltasByCommunity.forEach((community, byPeriod) -> byPeriod.forEach((period, delta) -> {
			for (String prefix : prefixes(community)) {
				accumulate(byKey, prefix + "|" + period.key(), delta);
			}
		}));
		byKey.forEach((key, delta) -> apply(this.activityUpdate, this.activityInsert, key, delta));
	}

	void addState(Map<String, Map<YearMonth, int[]>> deltasByCommunity) {
		TreeMap<String, int[]> byKey = new TreeMap<>();
		deltasByCommunity.forEach((community, byMonth) -> byMonth.forEach((month, delta) -> {
			for (String prefix : prefixes(community)) {
				accumulate(byKey, prefix + "|" + month, delta);
			}
		}));
		byKey.forEach((key, delta) -> apply(this.stateUpdate, this.stateInsert, key, delta));
	}

	void clear() {
		this.jdbc.update("delete from q_ind_activity");
		this.jdbc.update("delete from q_ind_state");
	}

	private void apply(String update, String insert, String key, int[] delta) {
		if (Arrays.stream(delta).allMatch((d) -> d == 0)) {
			return;
		}
		Object[] updateArgs = new Object[delta.length + 1];
		for (int i = 0; i < delta.length; i++) {
			updateArgs[i] = delta[i];
		}
		updateArgs[delta.length] = key;
		if (this.jdbc.update(update, updateArgs) == 0) {
			String[] parts = key.split("\\|", -1);
			Object[] insertArgs = new Object[delta.length + 3];
			insertArgs[0] = key;
			insertArgs[1] = parts[0];
			insertArgs[2] = parts[1];
			for (int i = 0; i < delta.length; i++) {
				insertArgs[i + 3] = delta[i];
			}
			this.jdbc.update(insert, insertArgs);
		}
	}

	private static void accumulate(Map<String, int[]> byKey, String key, int[] delta) {
		int[] sum = byKey.computeIfAbsent(key, (k) -> new int[delta.length]);
		for (int i = 0; i < delta.length; i++) {
			sum[i] += delta[i];
		}
	}

	private static String update(String table, List<String> columns) {
		return "update " + table + " set "
				+ columns.stream().map((c) -> snake(c) + " = " + snake(c) + " + ?").collect(Collectors.joining(", "))
				+ " where id = ?";
	}

	private static String insert(String table, String periodColumn, List<String> columns) {
		return "insert into " + table + " (id, prefix, " + periodColumn + ", "
				+ columns.stream().map(Counters::snake).collect(Collectors.joining(", ")) + ") values (?, ?, ?, "
				+ columns.stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")";
	}

	/** Spring's physical naming: camelCase fields become snake_case columns. */
	static String snake(String column) {
		return column.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

}
