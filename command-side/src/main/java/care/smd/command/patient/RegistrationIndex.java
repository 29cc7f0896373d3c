package care.smd.command.patient;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import care.smd.command.jurisdiction.CommunityDirectory;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.IdNumberFingerprint;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientRegistered;

/**
 * The set-based facts registration needs, kept by a subscribing handler in the
 * transaction that appends the event. A deregistered case (e.g. registered in error)
 * frees its ID number.
 */
@Component
@ProcessingGroup("command-lookups")
class RegistrationIndex implements RegistrationChecks {

	private final EntityManager entities;

	private final IdNumberFingerprint fingerprint;

	private final CommunityDirectory communities;

	RegistrationIndex(EntityManager entities, IdNumberFingerprint fingerprint, CommunityDirectory communities) {
		this.entities = entities;
		this.fingerprint = fingerprint;
		this.communities = communities;
	}

	@EventHandler
	void on(PatientRegistered event) {
		this.entities
			.persist(new RegisteredIdNumber(this.fingerprint.of(event.person().idNumber()), event.patientId().value()));
	}

	@EventHandler
	void on(PatientDeregistered event) {
		this.entities.createQuery("delete from RegisteredIdNumber r where r.patientId = :id")
			.setParameter("id", event.patientId().value())
			.executeUpdate();
	}

	@Override
	public Optional<PatientId> caseWithIdNumber(ChineseIdNumber idNumber) {
		RegisteredIdNumber existing = this.entities.find(RegisteredIdNumber.class, this.fingerprint.of(idNumber));
		return Optional.ofNullable(existing).map((found) -> PatientId.of(found.patientId()));
	}

	@Override
	public boolean isKnownCommunity(JurisdictionCode code) {
		return this.communities.isKnown(code);
	}

}
