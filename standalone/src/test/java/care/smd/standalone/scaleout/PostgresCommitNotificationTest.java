package care.smd.standalone.scaleout;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.platform.persistence.CommitNotifications;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.Forms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a write tells the other nodes that it has committed, so that their read
 * models look at once: a notification per committed write, none for one rolled back.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PostgresCommitNotificationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.postgres(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	EventStore events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aCommittedWriteNotifiesTheListeningNodes() throws SQLException {
		try (Connection listening = listening()) {
			new Api(this.port).post("doctor", "/api/patients",
					Forms.registration(7101, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)));

			assertThat(notifications(listening, 5_000)).isNotEmpty()
				.allMatch((n) -> n.getName().equals(CommitNotifications.CHANNEL));
		}
	}

	@Test
	void aRolledBackWriteNotifiesNobody() throws SQLException {
		try (Connection listening = listening()) {
			this.transaction.executeWithoutResult((status) -> {
				this.events.publish(GenericEventMessage.asEventMessage("never stored"));
				status.setRollbackOnly();
			});

			assertThat(notifications(listening, 1_500)).isEmpty();
		}
	}

	private Connection listening() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen " + CommitNotifications.CHANNEL);
		}
		return connection;
	}

	/**
	 * What arrives within the time (PostgreSQL delivers a notification after its commit).
	 */
	private static List<PGNotification> notifications(Connection listening, int millis) throws SQLException {
		List<PGNotification> received = new ArrayList<>();
		long end = System.currentTimeMillis() + millis;
		while (received.isEmpty() && System.currentTimeMillis() < end) {
			PGNotification[] batch = listening.unwrap(PGConnection.class).getNotifications(200);
			if (batch != null) {
				received.addAll(List.of(batch));
			}
		}
		return received;
	}

}
