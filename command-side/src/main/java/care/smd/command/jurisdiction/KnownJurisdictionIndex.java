package care.smd.command.jurisdiction;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.jurisdiction.JurisdictionDefined;

/** Subscribing, so a jurisdiction is known in the same transaction that defines it. */
@Component
@ProcessingGroup("command-lookups")
class KnownJurisdictionIndex implements CommunityDirectory {

	private final EntityManager entities;

	KnownJurisdictionIndex(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(JurisdictionDefined event) {
		if (!isKnown(event.code())) {
			this.entities.persist(new KnownJurisdiction(event.code().value()));
		}
	}

	@Override
	public boolean isKnown(JurisdictionCode code) {
		return this.entities.find(KnownJurisdiction.class, code.value()) != null;
	}

}
