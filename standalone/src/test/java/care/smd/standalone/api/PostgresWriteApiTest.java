package care.smd.standalone.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.insert.InsertReturningDelegate;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.support.Databases;

class PostgresWriteApiTest extends WriteApiContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.postgres(registry);
	}

	@Test
	void anEventsInsertReturnsItsPositionAlone() {
		AbstractEntityPersister events = (AbstractEntityPersister) this.persistence
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(DomainEventEntry.class);
		// Hibernate's "returning global_index"; the driver's generated keys would be
		// "returning *", the payload included
		assertThat(events.getInsertDelegate()).isInstanceOf(InsertReturningDelegate.class);
	}

}
