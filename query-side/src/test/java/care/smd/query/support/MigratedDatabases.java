package care.smd.query.support;

import java.io.IOException;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * An embedded PostgreSQL and an in-memory H2, each with the project's own migrations, for
 * tests of SQL that must mean the same on both.
 */
public final class MigratedDatabases implements AutoCloseable {

	private final EmbeddedPostgres server;

	private final HikariDataSource postgresql;

	private final HikariDataSource h2;

	public MigratedDatabases() throws IOException {
		this.server = EmbeddedPostgres.builder().start();
		this.postgresql = pool(this.server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		migrate(this.postgresql, "postgresql");
		this.h2 = pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		migrate(this.h2, "h2");
	}

	public HikariDataSource postgresql() {
		return this.postgresql;
	}

	public HikariDataSource h2() {
		return this.h2;
	}

	@Override
	public void close() throws IOException {
		this.postgresql.close();
		this.h2.close();
		this.server.close();
	}

	private static HikariDataSource pool(String url, String user, String password) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setPassword(password);
		pool.setMaximumPoolSize(8);
		return pool;
	}

	private static void migrate(HikariDataSource database, String vendor) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor).load().migrate();
	}

}
