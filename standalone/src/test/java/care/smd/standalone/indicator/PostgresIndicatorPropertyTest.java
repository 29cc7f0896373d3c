package care.smd.standalone.indicator;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import care.smd.standalone.support.Databases;

class PostgresIndicatorPropertyTest extends IndicatorPropertyContract {

	@BeforeContainer
	static void startApp() {
		start("--spring.datasource.url=" + Databases.newPostgresDatabase(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres",
				"--spring.jpa.database-platform=care.smd.platform.persistence.ByteaPostgreSQLDialect");
	}

	@AfterContainer
	static void stopApp() {
		stop();
	}

}
