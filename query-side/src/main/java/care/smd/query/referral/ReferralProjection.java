package care.smd.query.referral;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientIdentityErased;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PatientTransferredIn;
import care.smd.kernel.referral.PatientReferred;
import care.smd.kernel.referral.ReferralOutcomeRecorded;
import care.smd.query.projection.PerBatch;

/**
 * Referrals with their outcome, for the hospital's inbox and the community's
 * follow-through.
 */
@Component
@ProcessingGroup("case-views")
class ReferralProjection {

	private static final String PATIENTS = ReferralProjection.class.getName() + ".patients";

	private final EntityManager entities;

	ReferralProjection(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(PatientRegistered event) {
		PatientRow row = new PatientRow(event.patientId().value(), event.jurisdiction().value(),
				event.person() == null ? null : event.person().name());
		if (PerBatch
			.get(PATIENTS, row.id, this::stored, (id) -> Optional.ofNullable(this.entities.find(PatientRow.class, id)))
			.isEmpty()) {
			this.entities.persist(row);
		}
	}

	/** The batch's patients as stored before it, in one query. */
	private Map<String, Optional<PatientRow>> stored(Set<String> patientIds) {
		return PerBatch.byId(this.entities, PatientRow.class, patientIds, (patient) -> patient.id);
	}

	@EventHandler
	void on(PatientTransferredIn event) {
		this.entities.find(PatientRow.class, event.patientId().value()).jurisdiction = event.jurisdiction().value();
	}

	@EventHandler
	void on(PatientIdentityErased event) {
		this.entities.find(PatientRow.class, event.patientId().value()).name = null;
		this.entities.createQuery("update ReferralView r set r.patientName = null where r.patientId = :id")
			.setParameter("id", event.patientId().value())
			.executeUpdate();
	}

	@EventHandler
	void on(PatientReferred event) {
		String id = event.patientId().value() + ":" + event.referralId();
		if (this.entities.find(ReferralView.class, id) != null) {
			// handed over again: its outcome may be recorded by now, and stays
			return;
		}
		PatientRow patient = this.entities.find(PatientRow.class, event.patientId().value());
		ReferralView view = new ReferralView(id);
		view.patientId = event.patientId().value();
		view.jurisdiction = patient.jurisdiction;
		view.patientName = patient.name;
		view.date = event.date();
		view.reason = event.reason();
		view.urgency = event.urgency();
		view.hospital = event.hospital();
		view.department = event.department();
		this.entities.persist(view);
	}

	@EventHandler
	void on(ReferralOutcomeRecorded event) {
		ReferralView view = this.entities.find(ReferralView.class,
				event.patientId().value() + ":" + event.referralId());
		view.outcome = event.outcome();
		view.outcomeDate = event.date();
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from ReferralView").executeUpdate();
		this.entities.createQuery("delete from PatientRow").executeUpdate();
	}

}
