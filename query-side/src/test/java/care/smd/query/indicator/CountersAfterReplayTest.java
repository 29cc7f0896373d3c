package care.smd.query.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

	@RegisterExtension
	static final MigratedDatabases databases = new MigratedDatabases();

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

	@Test
	void aResetThatCommitsWhileTheCheckRunsIsPendingOnPostgresql() throws InterruptedException {
		aResetThatCommitsWhileTheCheckRunsIsPending(databases.postgresql());
	}

	@Test
	void aResetThatCommitsWhileTheCheckRunsIsPendingOnH2() throws InterruptedException {
		aResetThatCommitsWhileTheCheckRunsIsPending(databases.h2());
	}

	/**
	 * The check reads the table before the reset commits and decides after: the replay it
	 * could not see is still pending (once the check took it for summed, and an indicator
	 * read just after a reset was not marked stale).
	 */
	private static void aResetThatCommitsWhileTheCheckRunsIsPending(DataSource database) throws InterruptedException {
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
		CountDownLatch headRead = new CountDownLatch(1);
		CountDownLatch resetEnded = new CountDownLatch(1);
		JdbcTemplate jdbc = new CheckThatWaits(database, headRead, resetEnded);
		CountersAfterReplay replay = new CountersAfterReplay(jdbc, transactions, null, new Counters(jdbc));
		Thread check = new Thread(replay::sumWhenReplayed, CheckThatWaits.THREAD);
		try {
			new TransactionTemplate(transactions).executeWithoutResult((status) -> {
				replay.begin();
				check.start();
				await(headRead);
			});
			resetEnded.countDown();
			check.join();
			assertThat(replay.pending()).isTrue();
		}
		finally {
			jdbc.update("delete from q_ind_counters_pending");
		}
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

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * On the check's thread, holds the check between its read of the table and its
	 * decision.
	 */
	private static final class CheckThatWaits extends JdbcTemplate {

		static final String THREAD = "replay-check-that-waits";

		private final CountDownLatch headRead;

		private final CountDownLatch resetEnded;

		CheckThatWaits(DataSource database, CountDownLatch headRead, CountDownLatch resetEnded) {
			super(database);
			this.headRead = headRead;
			this.resetEnded = resetEnded;
		}

		@Override
		public <T> List<T> queryForList(String sql, Class<T> elementType) {
			List<T> rows = super.queryForList(sql, elementType);
			if (Thread.currentThread().getName().equals(THREAD) && sql.startsWith("select head")) {
				assertThat(rows).as("the reset's row, not committed").isEmpty();
				this.headRead.countDown();
				await(this.resetEnded);
			}
			return rows;
		}

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
