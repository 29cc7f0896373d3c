package care.smd.query.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.indicator.StateCounter;
import care.smd.query.support.MigratedDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's counter changes are added to the rows already there, on PostgreSQL in one
 * statement, on H2 as updates and inserts; on PostgreSQL writers that meet a new row at
 * the same moment (two read nodes) both get their change in, and neither fails.
 */
class CounterTableTest {

	private static final List<String> COLUMNS = Arrays.stream(StateCounter.values()).map(StateCounter::column).toList();

	@RegisterExtension
	static final MigratedDatabases databases = new MigratedDatabases();

	private final CounterTable table = new CounterTable("q_ind_state", "month_key", COLUMNS);

	@Test
	void changesAreAddedToTheRowsOnPostgresql() {
		changesAreAddedToTheRows(new JdbcTemplate(databases.postgresql()), true);
	}

	@Test
	void changesAreAddedToTheRowsOnH2() {
		changesAreAddedToTheRows(new JdbcTemplate(databases.h2()), false);
	}

	private void changesAreAddedToTheRows(JdbcTemplate jdbc, boolean upsert) {
		String community = "3101050020" + (upsert ? "01" : "02");
		this.table.add(jdbc, upsert, changes(Map.of("|2025-01", new int[] { 1, 1, 1, 0, 0, 0 }, community + "|2025-01",
				new int[] { 1, 0, 1, 0, 2, 0 }, community + "|2025-02", new int[] { 0, 0, 0, 0, 0, 0 })));
		this.table.add(jdbc, upsert, changes(Map.of(community + "|2025-01", new int[] { -1, 0, 0, 1, 0, 1 },
				community + "|2025-03", new int[] { 3, 0, 0, 0, 0, 0 })));

		assertThat(row(jdbc, community + "|2025-01")).containsExactly(0, 0, 1, 1, 2, 1);
		assertThat(row(jdbc, community + "|2025-03")).containsExactly(3, 0, 0, 0, 0, 0);
		assertThat(jdbc.queryForObject("select prefix || ' ' || month_key from q_ind_state where id = ?", String.class,
				community + "|2025-03"))
			.isEqualTo(community + " 2025-03");
		assertThat(jdbc.queryForObject("select count(*) from q_ind_state where id = ?", Integer.class,
				community + "|2025-02"))
			.as("a change of zero writes no row")
			.isZero();
	}

	@Test
	void moreRowsThanOneStatementTakesAreAllWrittenOnPostgresql() {
		everyRowOfALargeSumIsWritten(new JdbcTemplate(databases.postgresql()), true);
	}

	@Test
	void moreRowsThanOneStatementTakesAreAllWrittenOnH2() {
		everyRowOfALargeSumIsWritten(new JdbcTemplate(databases.h2()), false);
	}

	/** The sum at the end of a replay writes every counter row of the country at once. */
	private void everyRowOfALargeSumIsWritten(JdbcTemplate jdbc, boolean upsert) {
		TreeMap<String, int[]> rows = new TreeMap<>();
		for (int community = 0; community < 25_001; community++) {
			rows.put("34%010d|2025-01".formatted(community), new int[] { 1, 0, 0, 0, 0, community % 2 });
		}
		this.table.add(jdbc, upsert, rows);

		assertThat(
				List.of("count(*)", "sum(registered)", "sum(team_covered)")
					.stream()
					.map((column) -> jdbc
						.queryForObject("select " + column + " from q_ind_state where prefix like '34%'", Long.class)))
			.containsExactly(25_001L, 25_001L, 12_500L);
	}

	@Test
	void writersMeetingANewRowAtOnceBothAddTheirChangeOnPostgresql() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(databases.postgresql());
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(databases.postgresql()));
		int writers = 4;
		int rounds = 40;
		CyclicBarrier together = new CyclicBarrier(writers);
		ExecutorService threads = Executors.newFixedThreadPool(writers);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			done.add(threads.submit(() -> {
				for (int round = 0; round < rounds; round++) {
					String key = "33|" + String.format("19%02d-01", round);
					together.await();
					transactions.executeWithoutResult(
							(tx) -> this.table.add(jdbc, true, changes(Map.of(key, new int[] { 1, 0, 0, 0, 0, 0 }))));
				}
				return null;
			}));
		}
		for (Future<?> writer : done) {
			writer.get();
		}
		threads.shutdown();

		assertThat(jdbc.queryForList("select registered from q_ind_state where prefix = '33'", Integer.class))
			.hasSize(rounds)
			.allMatch((registered) -> registered == writers);
	}

	private static TreeMap<String, int[]> changes(Map<String, int[]> byKey) {
		return new TreeMap<>(byKey);
	}

	private static List<Integer> row(JdbcTemplate jdbc, String id) {
		return jdbc.queryForObject("select " + String.join(", ", COLUMNS.stream().map(Counters::snake).toList())
				+ " from q_ind_state where id = ?", (rows, n) -> {
					List<Integer> values = new ArrayList<>();
					for (int c = 1; c <= COLUMNS.size(); c++) {
						values.add(rows.getInt(c));
					}
					return values;
				}, id);
	}

}
