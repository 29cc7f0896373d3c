package care.smd.platform.persistence;

import javax.sql.DataSource;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the commit notification in each transaction that stores events (in it, so that
 * PostgreSQL delivers it only after the commit): one statement per write transaction.
 */
@Component
class NotifyOnCommit {

	NotifyOnCommit(EventStore events, DataSource dataSource) {
		if (CommitNotifications.supportedBy(dataSource)) {
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			String notify = "select pg_notify('" + CommitNotifications.CHANNEL + "', '')";
			events.subscribe((stored) -> jdbc.execute(notify));
		}
	}

}
