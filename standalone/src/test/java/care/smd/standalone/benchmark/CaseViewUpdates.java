package care.smd.standalone.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A one-off measure, beside the suite: the case view's update as a follow-up makes it, on
 * the table as migration V17 left it (the registration's JSON in the row, the
 * enumerations checked), as V18 left it (the registration in a table of its own) and as
 * V19 makes it (no checks), in alternating rounds on the same server, each round after a
 * checkpoint as the server takes one every five minutes. Reports the server's CPU, its
 * write-ahead log and the updates that stayed on their page, per update
 * (docs/benchmarks.md, session 30; session 24 compared V16 with V17 by the same rounds).
 * Run:
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -pl standalone -Dexec.classpathScope=test
 * -Dexec.mainClass=care.smd.standalone.benchmark.CaseViewUpdates}
 */
public final class CaseViewUpdates {

	private static final int CASES = 100_000;

	private static final int UPDATES_PER_ROUND = 20_000;

	/** a read model's batch at 500 follow-ups/s holds about eight */
	private static final int PER_TRANSACTION = 8;

	private static final String[] TABLES = { "q_case_view_v17", "q_case_view_v18", "q_case_view" };

	private static final String[] CHECKS = {
			"status in ('ACTIVE','LOST','DECEASED','MOVED_OUT','DEREGISTERED','MERGED')",
			"latest_classification in ('UNSTABLE','BASICALLY_STABLE','STABLE','NOT_REACHED')",
			"disorder in ('SCHIZOPHRENIA','SCHIZOAFFECTIVE_DISORDER','PERSISTENT_DELUSIONAL_DISORDER',"
					+ "'BIPOLAR_DISORDER','MENTAL_DISORDER_DUE_TO_EPILEPSY','INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER')" };

	private CaseViewUpdates() {
	}

	public static void main(String[] args) throws Exception {
		ScratchDatabase database = ScratchDatabase.migrated();
		JdbcTemplate jdbc = database.jdbc();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			earlier(statement, "q_case_view_v17", ", care_team_json varchar(20000), registration_json varchar(20000)");
			earlier(statement, "q_case_view_v18", "");
			for (String table : TABLES) {
				fill(statement, table);
			}
			for (int round = 1; round <= 3; round++) {
				for (String table : TABLES) {
					round(connection, statement, jdbc, table, round);
				}
			}
		}
		System.exit(0);
	}

	/** A copy of the table as an earlier migration left it: its indexes, its checks. */
	private static void earlier(Statement statement, String table, String columns) throws Exception {
		statement.execute("create table " + table + " (like q_case_view including defaults" + columns
				+ ") with (fillfactor = 80)");
		statement.execute("alter table " + table + " add primary key (id)");
		statement.execute("create index on " + table + " (jurisdiction)");
		statement.execute("create index on " + table + " (id_fingerprint)");
		statement.execute("create index on " + table + " (person_fingerprint)");
		for (String check : CHECKS) {
			statement.execute("alter table " + table + " add check (" + check + ")");
		}
	}

	/**
	 * The suite's shape: 80 cases a community; in V17's table a registration of about 600
	 * bytes.
	 */
	private static void fill(Statement statement, String table) throws Exception {
		boolean registration = table.equals("q_case_view_v17");
		statement.execute("insert into " + table + " (id, name, jurisdiction, status, in_hospital, care_team, version, "
				+ "next_due, last_visit_date, registered_on, latest_classification, latest_danger_level, "
				+ "id_fingerprint, person_fingerprint, disorder" + (registration ? ", registration_json" : "")
				+ ") select md5(g::text), 'n', "
				+ "'33' || lpad((1 + g / 20000)::text, 2, '0') || lpad((1 + g / 2000 % 10)::text, 2, '0') "
				+ "|| lpad((1 + g / 400 % 5)::text, 3, '0') || lpad((1 + g / 80 % 5)::text, 3, '0'), 'ACTIVE', "
				+ "false, false, 10, date '2026-09-01' + g % 150, date '2026-06-01' + g % 150, "
				+ "date '2015-01-01' + g % 4000, 'STABLE', 0, md5('i' || g), md5('p' || g), 'SCHIZOPHRENIA'"
				+ (registration ? ", repeat(md5(g::text), 19)" : "") + " from generate_series(0, " + (CASES - 1)
				+ ") g");
		statement.execute("vacuum analyze " + table);
	}

	/** Every column, as Hibernate updates the view; the visit moves the next due date. */
	private static void round(Connection connection, Statement statement, JdbcTemplate jdbc, String table, int round)
			throws Exception {
		statement.execute("checkpoint");
		ServerWrites writes = ServerWrites.from(jdbc, table);
		CpuTime cpuBefore = CpuTime.now();
		SplittableRandom random = new SplittableRandom(round);
		long start = System.nanoTime();
		connection.setAutoCommit(false);
		String registration = !table.equals("q_case_view_v17") ? ""
				: "care_team_json = care_team_json, registration_json = registration_json, ";
		try (PreparedStatement update = connection.prepareStatement("update " + table + " set " + registration
				+ "care_team = ?, disorder = ?, id_fingerprint = ?, in_hospital = ?, "
				+ "jurisdiction = ?, last_visit_date = last_visit_date + 30, latest_classification = ?, "
				+ "latest_danger_date = ?, latest_danger_level = ?, name = ?, next_due = next_due + 30, "
				+ "registered_on = registered_on, status = ?, "
				+ "transfer_to = ?, version = version + 1, person_fingerprint = person_fingerprint where id = ?")) {
			for (int i = 0; i < UPDATES_PER_ROUND; i++) {
				int g = random.nextInt(CASES);
				update.setBoolean(1, false);
				update.setString(2, "SCHIZOPHRENIA");
				update.setString(3, md5("i" + g));
				update.setBoolean(4, false);
				update.setString(5, jurisdiction(g));
				update.setString(6, "STABLE");
				update.setObject(7, java.time.LocalDate.of(2026, 11, 22));
				update.setInt(8, 0);
				update.setString(9, "n");
				update.setString(10, "ACTIVE");
				update.setString(11, null);
				update.setString(12, md5(Integer.toString(g)));
				update.addBatch();
				if ((i + 1) % PER_TRANSACTION == 0) {
					update.executeBatch();
					connection.commit();
				}
			}
		}
		connection.setAutoCommit(true);
		double seconds = (System.nanoTime() - start) / 1e9;
		double[] cpu = CpuTime.now().microsPerItemSince(cpuBefore, UPDATES_PER_ROUND);
		System.out.printf("round %d %-16s per update: server CPU %5.1f µs, %.1f µs elapsed; %s%n", round, table, cpu[1],
				seconds * 1e6 / UPDATES_PER_ROUND, writes.since(UPDATES_PER_ROUND));
	}

	private static String jurisdiction(int g) {
		return "33%02d%02d%03d%03d".formatted(1 + g / 20000, 1 + g / 2000 % 10, 1 + g / 400 % 5, 1 + g / 80 % 5);
	}

	/** As the fill's {@code md5(...)}: the ids and fingerprints of row g. */
	private static String md5(String text) throws Exception {
		byte[] digest = java.security.MessageDigest.getInstance("MD5")
			.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return java.util.HexFormat.of().formatHex(digest);
	}

}
