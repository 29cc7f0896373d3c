package care.smd.query.jurisdiction;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.kernel.jurisdiction.JurisdictionDefined;
import care.smd.query.projection.Sql;

@Component
@ProcessingGroup("case-views")
class JurisdictionProjection {

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	JurisdictionProjection(EntityManager entities, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		Sql.clear(this.jdbc, "q_jurisdiction");
	}

}
