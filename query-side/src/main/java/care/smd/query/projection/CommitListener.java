package care.smd.query.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import care.smd.platform.persistence.CommitNotifications;

/**
 * Wakes the read models when another node's write has committed: on PostgreSQL each write
 * transaction notifies {@link CommitNotifications#CHANNEL}, and this node listens on a
 * connection of its own. A read node of its own otherwise found a write at its next poll,
 * up to half a second later. A lost connection is opened again after a second; meanwhile
 * the processors still look for events at their own interval.
 */
@Component
class CommitListener {

	private static final Logger log = LoggerFactory.getLogger(CommitListener.class);

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final DataSource dataSource;

	private final Runnable wake;

	private final Thread thread;

	private volatile boolean running = true;

	@Autowired
	CommitListener(DataSource dataSource, LocalEventsWakeProcessors processors) {
		this(dataSource, processors::committedElsewhere);
	}

	CommitListener(DataSource dataSource, Runnable wake) {
		this.dataSource = dataSource;
		this.wake = wake;
		this.thread = new Thread(this::listen, "read-models-listen");
		this.thread.setDaemon(true);
		if (CommitNotifications.supportedBy(dataSource)) {
			this.thread.start();
		}
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CommitNotifications.CHANNEL);
				}
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notifications.getNotifications((int) RETRY.toMillis());
					if (received != null && received.length > 0) {
						this.wake.run();
					}
				}
			}
			catch (SQLException ex) {
				if (this.running) {
					log.warn("not listening for commits ({}); trying again in {}", ex.getMessage(), RETRY);
					pause();
				}
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.running = false;
		this.thread.join(RETRY.multipliedBy(2).toMillis());
	}

}
