package care.smd.query.jurisdiction;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import care.smd.kernel.jurisdiction.JurisdictionDefined;

@Component
@ProcessingGroup("case-views")
class JurisdictionProjection {

	private final EntityManager entities;

	JurisdictionProjection(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(JurisdictionDefined event) {
		JurisdictionView existing = this.entities.find(JurisdictionView.class, event.code().value());
		JurisdictionView view = existing != null ? existing : new JurisdictionView(event.code().value());
		view.name = event.name();
		view.population = event.population();
		if (existing == null) {
			this.entities.persist(view);
		}
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from JurisdictionView").executeUpdate();
	}

}
