package care.smd.query.indicator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

import care.smd.query.projection.Sql;

/**
 * One table of counter rows, keyed {@code prefix|period}, and how a batch's changes are
 * added to it. On PostgreSQL all of a batch's rows go in one statement, an insert of the
 * arrays of keys and deltas that adds to the rows already there ({@code on conflict do
 * update}): a statement per row had the indicator read model waiting on the database for
 * most of a replay (docs/benchmarks.md, session 9), and two read nodes that meet a new
 * row at once no longer fail one batch on its primary key. Elsewhere (H2) each row is an
 * update, and an insert where no row was there yet. A replay's sums, written into the
 * emptied table, are copied in on PostgreSQL ({@link #fill}).
 */
final class CounterTable {

	private static final int CHUNK = 10_000;

	private final List<String> columns;

	private final String update;

	private final String insert;

	private final String upsert;

	/** the table and its columns, for a copy into the emptied table */
	private final String copyInto;

	/** the element type of each array bound: id, prefix, period, counters */
	private final List<String> upsertTypes;

	CounterTable(String table, String periodColumn, List<String> counterColumns) {
		this.columns = counterColumns.stream().map(Counters::snake).toList();
		this.update = "update " + table + " set "
				+ this.columns.stream().map((c) -> c + " = " + c + " + ?").collect(Collectors.joining(", "))
				+ " where id = ?";
		this.insert = "insert into " + table + " (id, prefix, " + periodColumn + ", " + String.join(", ", this.columns)
				+ ") values (?, ?, ?" + ", ?".repeat(this.columns.size()) + ")";
		this.copyInto = table + " (id, prefix, " + periodColumn + ", " + String.join(", ", this.columns) + ")";
		this.upsert = "insert into " + table + " as t (id, prefix, " + periodColumn + ", "
				+ String.join(", ", this.columns) + ") select * from unnest(cast(? as varchar[]), "
				+ "cast(? as varchar[]), cast(? as varchar[])" + ", cast(? as int[])".repeat(this.columns.size()) + ")"
				+ " on conflict (id) do update set "
				+ this.columns.stream()
					.map((c) -> c + " = t." + c + " + excluded." + c)
					.collect(Collectors.joining(", "));
		this.upsertTypes = Stream
			.concat(Stream.of("varchar", "varchar", "varchar"), this.columns.stream().map((c) -> "int4"))
			.toList();
	}

	/**
	 * Adds the changes, in key order (two writers lock rows in the same order, so they
	 * cannot deadlock); a row whose change is zero is left alone.
	 * @return the number of rows changed
	 */
	int add(JdbcTemplate jdbc, boolean upsert, TreeMap<String, int[]> byKey) {
		return inChunks(byKey, (chunk) -> {
			if (upsert) {
				jdbc.execute(this.upsert, (PreparedStatementCallback<Integer>) (statement) -> arrays(statement, chunk));
			}
			else {
				updateOrInsert(jdbc, chunk);
			}
		});
	}

	/**
	 * Inserts the rows, into a table that holds none of them (a constraint violation
	 * otherwise). PostgreSQL copies them in: as arrays in one statement per 10,000 rows
	 * the 162,769 rows of a rebuild at 100,000 patients took 1.1-1.4 s while every read
	 * model waited (docs/benchmarks.md, session 35).
	 * @param copy whether the rows are copied in (PostgreSQL)
	 * @return the number of rows written
	 */
	int fill(JdbcTemplate jdbc, boolean copy, TreeMap<String, int[]> byKey) {
		return inChunks(byKey, (chunk) -> {
			if (copy) {
				Sql.copyRows(jdbc, this.copyInto, 3 + this.columns.size(), values(chunk));
			}
			else {
				insert(jdbc, chunk);
			}
		});
	}

	/** Hands on the rows whose change is not zero, in key order; answers how many. */
	private static int inChunks(TreeMap<String, int[]> byKey, Consumer<List<Map.Entry<String, int[]>>> write) {
		List<Map.Entry<String, int[]>> changed = new ArrayList<>();
		byKey.entrySet()
			.stream()
			.filter((entry) -> Arrays.stream(entry.getValue()).anyMatch((d) -> d != 0))
			.forEach(changed::add);
		// the sum at the end of a replay writes every row at once
		for (int from = 0; from < changed.size(); from += CHUNK) {
			write.accept(changed.subList(from, Math.min(changed.size(), from + CHUNK)));
		}
		return changed.size();
	}

	private int arrays(PreparedStatement statement, List<Map.Entry<String, int[]>> rows) throws SQLException {
		Sql.bindRows(statement, this.upsertTypes, values(rows));
		return statement.executeUpdate();
	}

	/** Each row as its key, prefix, period and counters. */
	private static List<Object[]> values(List<Map.Entry<String, int[]>> rows) {
		List<Object[]> values = new ArrayList<>(rows.size());
		for (Map.Entry<String, int[]> row : rows) {
			String[] prefixAndPeriod = prefixAndPeriod(row.getKey());
			Object[] value = new Object[3 + row.getValue().length];
			value[0] = row.getKey();
			value[1] = prefixAndPeriod[0];
			value[2] = prefixAndPeriod[1];
			for (int c = 0; c < row.getValue().length; c++) {
				value[3 + c] = row.getValue()[c];
			}
			values.add(value);
		}
		return values;
	}

	private void updateOrInsert(JdbcTemplate jdbc, List<Map.Entry<String, int[]>> rows) {
		int[] updated = jdbc.batchUpdate(this.update, new Rows(rows) {
			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				int[] delta = rows.get(i).getValue();
				for (int c = 0; c < delta.length; c++) {
					statement.setInt(c + 1, delta[c]);
				}
				statement.setString(delta.length + 1, rows.get(i).getKey());
			}
		});
		List<Map.Entry<String, int[]>> missing = new ArrayList<>();
		for (int r = 0; r < updated.length; r++) {
			if (updated[r] == 0) {
				missing.add(rows.get(r));
			}
		}
		if (!missing.isEmpty()) {
			insert(jdbc, missing);
		}
	}

	private void insert(JdbcTemplate jdbc, List<Map.Entry<String, int[]>> rows) {
		jdbc.batchUpdate(this.insert, new Rows(rows) {
			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				String key = rows.get(i).getKey();
				String[] prefixAndPeriod = prefixAndPeriod(key);
				statement.setString(1, key);
				statement.setString(2, prefixAndPeriod[0]);
				statement.setString(3, prefixAndPeriod[1]);
				int[] delta = rows.get(i).getValue();
				for (int c = 0; c < delta.length; c++) {
					statement.setInt(c + 4, delta[c]);
				}
			}
		});
	}

	/** A row's key is {@code prefix|period} (CounterChanges). */
	private static String[] prefixAndPeriod(String key) {
		return key.split("\\|", -1);
	}

	private abstract static class Rows implements BatchPreparedStatementSetter {

		private final int size;

		Rows(List<?> rows) {
			this.size = rows.size();
		}

		@Override
		public int getBatchSize() {
			return this.size;
		}

	}

}
