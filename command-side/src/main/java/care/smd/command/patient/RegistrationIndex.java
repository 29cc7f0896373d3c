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
import care.smd.kernel.patient.PatientIdentityErased;
import care.smd.platform.identity.IdentityKeys;
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

	private final IdentityKeys keys;

	RegistrationIndex(EntityManager entities, IdNumberFingerprint fingerprint, CommunityDirectory communities,
			IdentityKeys keys) {
		this.keys = keys;
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
		forget(event.patientId());
	}

	private void forget(PatientId patient) {
		this.entities.createQuery("delete from RegisteredIdNumber r where r.patientId = :id")
			.setParameter("id", patient.value())
			.executeUpdate();
	}

	/**
	 * In the transaction that records the erasure: the key is gone, and so is the
	 * ID-number link.
	 */
	@EventHandler
	void on(PatientIdentityErased event) {
		this.keys.erase(event.patientId().value());
		forget(event.patientId());
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
