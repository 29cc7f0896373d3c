package care.smd.standalone.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import care.smd.platform.axon.TimeOrderedIdentifiers;

/**
 * A one-off measure, beside the suite: appending a follow-up's event to a store of the
 * suite's size at 100,000 patients, with identifiers as Axon made them before session 25
 * (random, version 4) and as {@link TimeOrderedIdentifiers} makes them, in alternating
 * rounds on the same server, each after a checkpoint. Both stores hold the same history
 * of random identifiers, as a store upgraded in place does. Reports, per event, the
 * server's CPU, the time, the write-ahead log and the pages of the identifier index read
 * from outside the server's buffers (docs/benchmarks.md, session 25). Run:
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -pl standalone -Dexec.classpathScope=test
 * -Dexec.mainClass=care.smd.standalone.benchmark.EventInserts}
 */
public final class EventInserts {

	private static final int CASES = 100_000;

	private static final int EVENTS_PER_CASE = 12;

	private static final int EVENTS_PER_ROUND = 20_000;

	private static final String[] TABLES = { "ev_random", "ev_ordered" };

	private EventInserts() {
	}

	public static void main(String[] args) throws Exception {
		ScratchDatabase database = ScratchDatabase.migrated();
		JdbcTemplate jdbc = database.jdbc();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				create(statement, table);
			}
			int[][] nextSequence = new int[TABLES.length][CASES];
			for (int[] next : nextSequence) {
				Arrays.fill(next, EVENTS_PER_CASE);
			}
			TimeOrderedIdentifiers ordered = new TimeOrderedIdentifiers();
			for (int round = 1; round <= 3; round++) {
				round(connection, statement, jdbc, TABLES[0], round, nextSequence[0],
						() -> UUID.randomUUID().toString());
				round(connection, statement, jdbc, TABLES[1], round, nextSequence[1], ordered::generateIdentifier);
			}
		}
		System.exit(0);
	}

	/**
	 * The store's shape and indexes, filled through them (as the history was written)
	 * with events of about a thousand bytes.
	 */
	private static void create(Statement statement, String table) throws Exception {
		statement.execute("create table " + table + " (like domain_event_entry including defaults)");
		statement.execute("alter table " + table + " add primary key (global_index)");
		statement
			.execute("create unique index " + table + "_case on " + table + " (aggregate_identifier, sequence_number)");
		statement.execute("create unique index " + table + "_identifier on " + table + " (event_identifier)");
		statement.execute("insert into " + table + " (sequence_number, payload, aggregate_identifier, "
				+ "event_identifier, payload_type, time_stamp, type) select g / " + CASES + ", "
				+ "convert_to(repeat(md5(g::text), 30), 'UTF8'), md5((g % " + CASES + ")::text)::uuid::text, "
				+ "gen_random_uuid()::text, 'care.smd.kernel.followup.FollowUpRecorded', "
				+ "'2026-11-20T08:00:00Z', 'Patient' from generate_series(0, " + (CASES * EVENTS_PER_CASE - 1) + ") g");
		statement.execute("vacuum analyze " + table);
	}

	/** One event per transaction, as a command commits its own. */
	private static void round(Connection connection, Statement statement, JdbcTemplate jdbc, String table, int round,
			int[] nextSequence, Supplier<String> identifiers) throws Exception {
		statement.execute("checkpoint");
		ServerWrites writes = ServerWrites.from(jdbc, table);
		long[] pagesBefore = identifierPages(jdbc, table);
		CpuTime cpuBefore = CpuTime.now();
		SplittableRandom random = new SplittableRandom(round);
		byte[] payload = new byte[960];
		long start = System.nanoTime();
		try (PreparedStatement insert = connection.prepareStatement("insert into " + table
				+ " (sequence_number, payload, aggregate_identifier, event_identifier, payload_type, time_stamp, "
				+ "type) values (?, ?, ?, ?, 'care.smd.kernel.followup.FollowUpRecorded', "
				+ "'2026-12-04T08:00:00Z', 'Patient')")) {
			for (int i = 0; i < EVENTS_PER_ROUND; i++) {
				int patient = random.nextInt(CASES);
				random.nextBytes(payload);
				insert.setLong(1, nextSequence[patient]++);
				insert.setBytes(2, payload);
				insert.setString(3, caseId(patient));
				insert.setString(4, identifiers.get());
				insert.executeUpdate();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double[] cpu = CpuTime.now().microsPerItemSince(cpuBefore, EVENTS_PER_ROUND);
		String wal = writes.since(EVENTS_PER_ROUND);
		long[] pages = identifierPages(jdbc, table);
		System.out.printf(
				"round %d %-10s per event: server CPU %5.1f µs, %5.1f µs elapsed; identifier index pages "
						+ "read %.3f, found in the buffers %.3f; %s%n",
				round, table, cpu[1], seconds * 1e6 / EVENTS_PER_ROUND,
				(double) (pages[0] - pagesBefore[0]) / EVENTS_PER_ROUND,
				(double) (pages[1] - pagesBefore[1]) / EVENTS_PER_ROUND, wal.substring(0, wal.indexOf(';')));
	}

	/**
	 * The identifier index's pages read from outside the server's buffers, and found in
	 * them.
	 */
	private static long[] identifierPages(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject(
				"select idx_blks_read, idx_blks_hit from pg_statio_user_indexes where indexrelname = ?",
				(row, n) -> new long[] { row.getLong(1), row.getLong(2) }, table + "_identifier");
	}

	/** As the fill's {@code md5(...)::uuid::text}. */
	private static String caseId(int patient) throws Exception {
		byte[] digest = MessageDigest.getInstance("MD5")
			.digest(Integer.toString(patient).getBytes(StandardCharsets.UTF_8));
		String hex = HexFormat.of().formatHex(digest);
		return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
				+ hex.substring(16, 20) + "-" + hex.substring(20);
	}

}
