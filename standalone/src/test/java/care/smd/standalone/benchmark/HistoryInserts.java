package care.smd.standalone.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import care.smd.query.projection.Sql;

/**
 * A one-off measure, beside the suite: the case history's inserts as a rebuild in the
 * order of the cases makes them (batches of 2,000 entries, the cases' entries together,
 * one statement of arrays per batch) into the emptied table, in alternating rounds on the
 * same server: with the check for an entry already stored
 * ({@code on conflict do nothing}, what live batches and Axon's replay need), without it
 * (what a rebuild's batches did in sessions 34-37), without the primary key at all, built
 * after the last batch (not done: it would be DDL in the running application), and copied
 * in with {@code COPY} in binary ({@code Sql.copyRows}, what a rebuild's batches do since
 * session 38). Reports the server's CPU and the time per entry (docs/benchmarks.md,
 * sessions 34 and 38). Run:
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -pl standalone -Dexec.classpathScope=test
 * -Dexec.mainClass=care.smd.standalone.benchmark.HistoryInserts}
 */
public final class HistoryInserts {

	private static final int CASES = 100_000;

	/** the suite's data set holds about twelve events a case */
	private static final int ENTRIES_PER_CASE = 12;

	private static final int BATCH = 2_000;

	private static final String INSERT = "insert into q_case_history (patient_id, sequence, date, type, json) "
			+ "select p, s, d, t, convert_from(j, 'UTF8') from unnest(cast(? as varchar[]), cast(? as bigint[]), "
			+ "cast(? as date[]), cast(? as varchar[]), cast(? as bytea[])) as entry(p, s, d, t, j)";

	private static final String CHECKED = INSERT + " on conflict (patient_id, sequence) do nothing";

	private static final List<String> TYPES = List.of("varchar", "int8", "date", "varchar", "bytea");

	private enum Way {

		CHECKED, UNCHECKED, KEY_AFTER, BINARY_COPY

	}

	private HistoryInserts() {
	}

	public static void main(String[] args) throws Exception {
		ScratchDatabase database = ScratchDatabase.migrated();
		byte[] json = followUpJson();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (int round = 1; round <= 3; round++) {
				for (Way way : Way.values()) {
					round(connection, statement, way, round, json);
				}
			}
		}
		System.exit(0);
	}

	/** About the size of a follow-up's stored JSON in the suite's data set. */
	private static byte[] followUpJson() {
		StringBuilder json = new StringBuilder("{\"patientId\":\"p\",\"visit\":{");
		while (json.length() < 800) {
			json.append("\"field").append(json.length()).append("\":\"value\",");
		}
		return json.append("\"end\":true}}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void round(Connection connection, Statement statement, Way way, int round, byte[] json)
			throws Exception {
		statement.execute("truncate table q_case_history");
		if (way == Way.KEY_AFTER) {
			statement.execute("alter table q_case_history drop constraint q_case_history_pkey");
		}
		statement.execute("checkpoint");
		CpuTime cpuBefore = CpuTime.now();
		long start = System.nanoTime();
		connection.setAutoCommit(false);
		List<Object[]> batch = new ArrayList<>(BATCH);
		for (int c = 0; c < CASES; c++) {
			String patientId = "%08d-0000-7000-8000-%012d".formatted(c, c);
			for (int s = 0; s < ENTRIES_PER_CASE; s++) {
				batch.add(new Object[] { patientId, (long) s, LocalDate.of(2020, 1, 1).plusDays(30L * s),
						"FollowUpRecorded", json });
				if (batch.size() == BATCH) {
					insert(connection, way, batch);
				}
			}
		}
		insert(connection, way, batch);
		if (way == Way.KEY_AFTER) {
			statement.execute("alter table q_case_history add primary key (patient_id, sequence)");
			connection.commit();
		}
		connection.setAutoCommit(true);
		int entries = CASES * ENTRIES_PER_CASE;
		double[] cpu = CpuTime.now().microsPerItemSince(cpuBefore, entries);
		System.out.printf("round %d %-10s per entry: server CPU %4.1f µs, %4.1f µs elapsed%n", round, way, cpu[1],
				(System.nanoTime() - start) / 1e3 / entries);
	}

	private static void insert(Connection connection, Way way, List<Object[]> batch) throws Exception {
		if (batch.isEmpty()) {
			return;
		}
		if (way == Way.BINARY_COPY) {
			Sql.copyRows(connection, "q_case_history (patient_id, sequence, date, type, json)", 5, batch);
		}
		else {
			try (PreparedStatement insert = connection.prepareStatement(way == Way.CHECKED ? CHECKED : INSERT)) {
				Sql.bindRows(insert, TYPES, batch);
				insert.executeUpdate();
			}
		}
		connection.commit();
		batch.clear();
	}

}
