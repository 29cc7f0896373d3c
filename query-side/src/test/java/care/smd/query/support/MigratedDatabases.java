package care.smd.query.support;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * An embedded PostgreSQL and an in-memory H2, each with the project's own migrations, for
 * tests of SQL that must mean the same on both: started before a test class's tests and
 * closed after them
 * ({@code @RegisterExtension static final MigratedDatabases databases}).
 */
public final class MigratedDatabases implements BeforeAllCallback, AfterAllCallback {

	private EmbeddedPostgres server;

	private HikariDataSource postgresql;

	private HikariDataSource h2;

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
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
	public void afterAll(ExtensionContext context) throws IOException {
		this.postgresql.close();
		this.h2.close();
		this.server.close();
	}

	/**
	 * The entities of a package mapped as the application maps them, to a migrated
	 * database, with Hibernate settings of the test's own.
	 */
	public static EntityManagerFactory entities(DataSource database, Class<?> entityOfThePackage,
			Map<String, Object> settings) {
		Map<String, Object> all = new HashMap<>(settings);
		all.put("hibernate.physical_naming_strategy",
				"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setDataSource(database);
		factory.setPackagesToScan(entityOfThePackage.getPackageName());
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.setJpaPropertyMap(all);
		factory.afterPropertiesSet();
		return factory.getObject();
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
