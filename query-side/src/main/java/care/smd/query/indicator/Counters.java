package care.smd.query.indicator;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.kernel.indicator.ActivityCounter;
import care.smd.kernel.indicator.StateCounter;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.query.projection.Sql;

/**
 * Adds a patient's changed contribution to the counters of its community and of every
 * enclosing jurisdiction, and of the whole country (prefix ""). Increments are added by
 * the database, so they never read-modify-write ({@link CounterTable}).
 */
@Component
class Counters {

	static final String NATIONAL = "";

	static final String ACTIVITY = "q_ind_activity";

	static final String STATE = "q_ind_state";

	private final JdbcTemplate jdbc;

	private final boolean upsert;

	private final CounterTable activity;

	private final CounterTable state;

	Counters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.upsert = Sql.isPostgresql(jdbc);
		this.activity = new CounterTable(ACTIVITY, "period_key",
				Arrays.stream(ActivityCounter.values()).map(ActivityCounter::column).toList());
		this.state = new CounterTable(STATE, "month_key",
				Arrays.stream(StateCounter.values()).map(StateCounter::column).toList());
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
	 * @return the number of rows changed
	 */
	int write(CounterChanges changes) {
		return this.activity.add(this.jdbc, this.upsert, changes.activity())
				+ this.state.add(this.jdbc, this.upsert, changes.state());
	}

	void clear() {
		this.jdbc.update("delete from " + ACTIVITY);
		this.jdbc.update("delete from " + STATE);
	}

	/**
	 * The counters made the given sums, each row written by a plain insert: a replay's
	 * sums go into the tables its reset emptied, in which no batch has counted since; the
	 * upsert checked every row for a stored one (docs/benchmarks.md, session 35). Rows
	 * that were there after all are deleted first.
	 * @return the number of rows written
	 */
	int replaceWith(CounterChanges sums) {
		clear();
		return this.activity.fill(this.jdbc, this.upsert, sums.activity())
				+ this.state.fill(this.jdbc, this.upsert, sums.state());
	}

	/** Spring's physical naming: camelCase fields become snake_case columns. */
	static String snake(String column) {
		return column.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

}
