package care.smd.platform.axon;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;

/**
 * Axon's JPA token store, except that storing a batch's position does not flush the
 * batch's entities first. Axon stores it with a JPQL update, before which Hibernate
 * dirty-checks every entity the batch holds, finds none of them in the token table, and
 * leaves them to the commit, which checks them all again: 7% of the case views' worker in
 * a replay went to that first check (docs/benchmarks.md, session 31). The update touches
 * only the token table, whose rows a batch never holds as entities, so the batch's
 * changes are written at the commit as they were, in the same transaction.
 */
class TokensStoredWithoutFlush extends JpaTokenStore {

	private final EntityManagerProvider entities;

	TokensStoredWithoutFlush(JpaTokenStore.Builder builder, EntityManagerProvider entities) {
		super(builder.entityManagerProvider(entities));
		this.entities = entities;
	}

	@Override
	public void storeToken(TrackingToken token, String processorName, int segment) {
		EntityManager entityManager = this.entities.getEntityManager();
		FlushModeType mode = entityManager.getFlushMode();
		entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			super.storeToken(token, processorName, segment);
		}
		finally {
			entityManager.setFlushMode(mode);
		}
	}

}
