package care.smd.standalone.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import care.smd.standalone.support.Databases;

class PostgresIndicatorPropertyTest extends IndicatorPropertyContract {

	@BeforeContainer
	static void startApp() throws SQLException {
		String database = "prop_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection admin = Databases.server().getPostgresDatabase().getConnection();
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + database);
		}
		start("--spring.datasource.url=" + Databases.server().getJdbcUrl("postgres", database),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.jpa.database-platform=care.smd.platform.persistence.ByteaPostgreSQLDialect");
	}

	@AfterContainer
	static void stopApp() {
		stop();
	}

}
