package care.smd.standalone.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import care.smd.standalone.support.Databases;

/**
 * A new database on the embedded server with the project's latest schema, for a program
 * beside the suite. Its template takes a connection of its own for every call, so the
 * server's statistics are read beside the program's own connection.
 */
record ScratchDatabase(String url, JdbcTemplate jdbc) {

	static ScratchDatabase migrated() {
		String url = Databases.newPostgresDatabase();
		RegistryLookups.migrate(url, "latest");
		return new ScratchDatabase(url, new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres")));
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "postgres", "postgres");
	}

}
