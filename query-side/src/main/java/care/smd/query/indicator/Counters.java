package care.smd.query.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.kernel.indicator.ActivityCounter;
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

	/**
	 * Writes the summed changes of one batch: the country's and the province's rows are
	 * touched by nearly every event, summing first turns hundreds of updates of them into
	 * one.
	 */
	void write(CounterChanges changes) {
		write(this.activityUpdate, this.activityInsert, changes.activity());
		write(this.stateUpdate, this.stateInsert, changes.state());
	}

	/** Updates in sorted key order (no deadlock between writers), one JDBC batch. */
	private void write(String update, String insert, TreeMap<String, int[]> byKey) {
		List<String> keys = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		byKey.forEach((key, delta) -> {
			if (Arrays.stream(delta).anyMatch((d) -> d != 0)) {
				Object[] args = new Object[delta.length + 1];
				for (int i = 0; i < delta.length; i++) {
					args[i] = delta[i];
				}
				args[delta.length] = key;
				keys.add(key);
				updates.add(args);
			}
		});
		if (updates.isEmpty()) {
			return;
		}
		int[] updated = this.jdbc.batchUpdate(update, updates);
		List<Object[]> inserts = new ArrayList<>();
		for (int k = 0; k < updated.length; k++) {
			if (updated[k] == 0) {
				inserts.add(insertArgs(keys.get(k), byKey.get(keys.get(k))));
			}
		}
		if (!inserts.isEmpty()) {
			this.jdbc.batchUpdate(insert, inserts);
		}
	}

	private static Object[] insertArgs(String key, int[] delta) {
		String[] parts = key.split("\\|", -1);
		Object[] args = new Object[delta.length + 3];
		args[0] = key;
		args[1] = parts[0];
		args[2] = parts[1];
		for (int i = 0; i < delta.length; i++) {
			args[i + 3] = delta[i];
		}
		return args;
	}

	void clear() {
		this.jdbc.update("delete from q_ind_activity");
		this.jdbc.update("delete from q_ind_state");
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
