package care.smd.platform.persistence;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * On PostgreSQL a transaction that stores events also sends a notification on
 * {@link #CHANNEL}, delivered by PostgreSQL only once it has committed (and never if it
 * rolls back): read nodes listen for it and look for new events at once, instead of at
 * their next poll.
 */
public final class CommitNotifications {

	/** The channel of {@code LISTEN}/{@code NOTIFY}. */
	public static final String CHANNEL = "smd_events";

	private CommitNotifications() {
	}

	/** Whether the database can notify (PostgreSQL), else nobody sends or listens. */
	public static boolean supportedBy(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
