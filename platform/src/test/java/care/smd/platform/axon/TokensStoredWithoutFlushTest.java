package care.smd.platform.axon;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's position is stored without a dirty check of the entities the batch holds;
 * they are written at the commit, and the position is stored as Axon's store stores it.
 */
class TokensStoredWithoutFlushTest {

	private final AtomicInteger dirtyChecks = new AtomicInteger();

	private JdbcDataSource database;

	@BeforeEach
	void database() {
		this.database = new JdbcDataSource();
		this.database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.database.setUser("sa");
		Flyway.configure().dataSource(this.database).locations("classpath:db/migration/h2").load().migrate();
	}

	@Test
	void storingAPositionChecksNoEntityOfTheBatch() {
		assertThat(dirtyChecksWhileStoring(true)).isZero();
	}

	/** What the store is for: Axon's own checks every entity of the batch first. */
	@Test
	void axonsOwnStoreChecksTheBatchsEntitiesFirst() {
		assertThat(dirtyChecksWhileStoring(false)).isPositive();
	}

	private int dirtyChecksWhileStoring(boolean withoutFlush) {
		EntityManagerFactory factory = entities();
		EntityManager entities = factory.createEntityManager();
		try {
			SimpleEntityManagerProvider provider = new SimpleEntityManagerProvider(entities);
			JpaTokenStore.Builder builder = JpaTokenStore.builder()
				.serializer(JacksonSerializer.defaultSerializer())
				.nodeId("node-1");
			TokenStore tokens = withoutFlush ? new TokensStoredWithoutFlush(builder, provider)
					: builder.entityManagerProvider(provider).build();
			inTransaction(entities, () -> {
				tokens.initializeTokenSegments("case-views", 1);
				tokens.initializeTokenSegments("indicators", 1);
			});
			inTransaction(entities, () -> tokens.fetchToken("case-views", 0));

			int checks = inTransaction(entities, () -> {
				// an entity the batch holds
				assertThat(entities.find(TokenEntry.class, new TokenEntry.PK("indicators", 0))).isNotNull();
				this.dirtyChecks.set(0);
				tokens.storeToken(new GlobalSequenceTrackingToken(41), "case-views", 0);
				return this.dirtyChecks.get();
			});

			inTransaction(entities, () -> assertThat(tokens.fetchToken("case-views", 0))
				.isEqualTo(new GlobalSequenceTrackingToken(41)));
			return checks;
		}
		finally {
			entities.close();
			factory.close();
		}
	}

	private static void inTransaction(EntityManager entities, Runnable work) {
		inTransaction(entities, () -> {
			work.run();
			return 0;
		});
	}

	private static int inTransaction(EntityManager entities, java.util.function.IntSupplier work) {
		entities.getTransaction().begin();
		int result = work.getAsInt();
		entities.getTransaction().commit();
		// as the application's transactions each have a persistence context of their own
		entities.clear();
		return result;
	}

	private EntityManagerFactory entities() {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setDataSource(this.database);
		factory.setPackagesToScan(TokenEntry.class.getPackageName());
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.setJpaPropertyMap(Map.of("hibernate.physical_naming_strategy",
				"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
				"hibernate.session_factory.interceptor", new CountingDirtyChecks()));
		factory.afterPropertiesSet();
		return factory.getObject();
	}

	/** Hibernate asks it first whenever it dirty-checks an entity. */
	private final class CountingDirtyChecks implements Interceptor {

		@Override
		public int[] findDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
				String[] propertyNames, Type[] types) {
			TokensStoredWithoutFlushTest.this.dirtyChecks.incrementAndGet();
			return null;
		}

	}

}
