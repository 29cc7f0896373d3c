package care.smd.standalone.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the PostgreSQL server wrote over a stretch of follow-ups: its write-ahead log, and
 * for each table a follow-up updates, the row updates and how many stayed on their page
 * (HOT: no index entry, no new page). An update that moves its row adds an entry to each
 * of the table's indexes, and after a checkpoint each page it first touches goes whole
 * into the log.
 */
final class ServerWrites {

	/** the tables a follow-up updates on a node running both sides */
	private static final List<String> FOLLOW_UP_TABLES = List.of("q_case_view", "q_ind_timeline", "q_alert_subject",
			"q_ind_activity", "q_ind_state", "token_entry", "snapshot_event_entry");

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	private final String walBefore;

	private final Map<String, long[]> updatesBefore;

	private ServerWrites(JdbcTemplate jdbc, List<String> tables) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.walBefore = jdbc.queryForObject("select pg_current_wal_lsn()::text", String.class);
		this.updatesBefore = updates();
	}

	/** From now on, over the tables a follow-up updates. */
	static ServerWrites from(JdbcTemplate jdbc) {
		return new ServerWrites(jdbc, FOLLOW_UP_TABLES);
	}

	/** From now on, over the tables named. */
	static ServerWrites from(JdbcTemplate jdbc, String... tables) {
		return new ServerWrites(jdbc, List.of(tables));
	}

	/** Per follow-up since this reading began. */
	String since(int followUps) throws InterruptedException {
		// the statistics reach the views within half a second of each transaction's end
		Thread.sleep(1000);
		this.jdbc.execute("select pg_stat_clear_snapshot()");
		long wal = this.jdbc.queryForObject("select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::bigint",
				Long.class, this.walBefore);
		StringBuilder text = new StringBuilder(
				"write-ahead log %,.0f bytes; row updates (of them HOT):".formatted((double) wal / followUps));
		updates().forEach((table, after) -> {
			long[] before = this.updatesBefore.getOrDefault(table, new long[2]);
			long updated = after[0] - before[0];
			long hot = after[1] - before[1];
			text.append(" %s %.2f (%.0f%%),".formatted(table, (double) updated / followUps,
					updated == 0 ? 0 : 100.0 * hot / updated));
		});
		return text.substring(0, text.length() - 1);
	}

	/**
	 * The rows a follow-up rewrites, as stored: their mean size (a new version of the
	 * whole row is written per update, HOT or not) and what the table keeps out of line
	 * (TOAST: a value stored there is written again, compressed, whenever its row changes
	 * it).
	 */
	String rowSizes() {
		StringBuilder text = new StringBuilder("mean row size (out of line in all):");
		for (String table : List.of("q_case_view", "q_ind_timeline", "q_alert_subject")) {
			Double mean = this.jdbc.queryForObject("select avg(pg_column_size(t.*)) from " + table + " t",
					Double.class);
			Long toast = this.jdbc.queryForObject(
					"select coalesce(pg_total_relation_size(reltoastrelid), 0) from pg_class where relname = ?",
					Long.class, table);
			text.append(" %s %,.0f bytes (%,d kB),".formatted(table, mean == null ? 0 : mean, toast / 1024));
		}
		return text.substring(0, text.length() - 1);
	}

	private Map<String, long[]> updates() {
		Map<String, long[]> updates = new LinkedHashMap<>();
		this.jdbc.query(
				"select relname, n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relname in ("
						+ String.join(", ", Collections.nCopies(this.tables.size(), "?")) + ") order by relname",
				(row) -> {
					updates.put(row.getString(1), new long[] { row.getLong(2), row.getLong(3) });
				}, this.tables.toArray());
		return updates;
	}

}
