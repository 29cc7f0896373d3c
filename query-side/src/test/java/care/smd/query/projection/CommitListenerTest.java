package care.smd.query.projection;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import care.smd.platform.persistence.CommitNotifications;

import static org.assertj.core.api.Assertions.assertThat;

class CommitListenerTest {

	private static EmbeddedPostgres postgres;

	private final AtomicInteger woken = new AtomicInteger();

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void anotherNodesCommitWakesTheReadModels() throws Exception {
		CommitListener listener = new CommitListener(postgres.getPostgresDatabase(), this.woken::incrementAndGet);
		try {
			// the listener may not be listening yet: notify until it has heard one
			for (int i = 0; i < 50 && this.woken.get() == 0; i++) {
				notifyCommit();
				Thread.sleep(100);
			}
			assertThat(this.woken.get()).isPositive();
		}
		finally {
			listener.stop();
		}
	}

	@Test
	void onlyPostgreSqlNotifies() {
		org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
		h2.setURL("jdbc:h2:mem:listener");

		assertThat(CommitNotifications.supportedBy(h2)).isFalse();
		assertThat(CommitNotifications.supportedBy(postgres.getPostgresDatabase())).isTrue();
	}

	private static void notifyCommit() throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_notify('" + CommitNotifications.CHANNEL + "', '')");
		}
	}

}
