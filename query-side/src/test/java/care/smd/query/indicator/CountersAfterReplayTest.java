package care.smd.query.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.query.support.MigratedDatabases;

/**
 * A node's readers hear of a replay from the moment its reset begins: the scheduled
 * check, on a thread of its own, cannot see the reset's row until the reset commits, and
 * must not take the replay for summed meanwhile.
 */
class CountersAfterReplayTest {

	private static MigratedDatabases databases;

	@BeforeAll
	static void databases() throws IOException {
		databases = new MigratedDatabases();
	}

	@AfterAll
	static void close() throws IOException {
		databases.close();
	}

	@Test
	void aReplayIsPendingWhileItsResetCommitsOnPostgresql() {
		aReplayIsPendingWhileItsResetCommits(databases.postgresql());
	}

	@Test
	void aReplayIsPendingWhileItsResetCommitsOnH2() {
		aReplayIsPendingWhileItsResetCommits(databases.h2());
	}

	@Test
	void aResetRolledBackLeavesNothingPendingOnPostgresql() {
		aResetRolledBackLeavesNothingPending(databases.postgresql());
	}

	@Test
	void aResetRolledBackLeavesNothingPendingOnH2() {
		aResetRolledBackLeavesNothingPending(databases.h2());
	}

	private static void aReplayIsPendingWhileItsResetCommits(DataSource database) {
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
		JdbcTemplate jdbc = new JdbcTemplate(database);
		CountersAfterReplay replay = new CountersAfterReplay(jdbc, transactions, null, new Counters(jdbc));
		try {
			new TransactionTemplate(transactions).executeWithoutResult((status) -> {
				replay.begin();
				checkOnItsOwnThread(replay);
				assertThat(replay.pending()).as("the reset not yet committed").isTrue();
			});
			assertThat(jdbc.queryForObject("select count(*) from q_ind_counters_pending", Integer.class)).isOne();
			assertThat(replay.pending()).isTrue();
		}
		finally {
			jdbc.update("delete from q_ind_counters_pending");
		}
	}

	private static void aResetRolledBackLeavesNothingPending(DataSource database) {
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
		JdbcTemplate jdbc = new JdbcTemplate(database);
		CountersAfterReplay replay = new CountersAfterReplay(jdbc, transactions, null, new Counters(jdbc));
		new TransactionTemplate(transactions).executeWithoutResult((status) -> {
			replay.begin();
			status.setRollbackOnly();
		});
		checkOnItsOwnThread(replay);
		assertThat(replay.pending()).isFalse();
	}

	private static void checkOnItsOwnThread(CountersAfterReplay replay) {
		Thread check = new Thread(replay::sumWhenReplayed, "replay-check");
		check.start();
		try {
			check.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
