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
import care.smd.query.projection.NewRows;
import care.smd.query.projection.PerBatch;

/**
 * Referrals with their outcome, for the hospital's inbox and the community's
 * follow-through.
 */
@Component
@ProcessingGroup("case-views")
class ReferralProjection {

	private static final String PATIENTS = ReferralProjection.class.getName() + ".patients";

	private static final String REGISTERED = ReferralProjection.class.getName() + ".registered";

	private final EntityManager entities;

	private final NewRows newRows;

	ReferralProjection(EntityManager entities, NewRows newRows) {
		this.entities = entities;
		this.newRows = newRows;
	}

	@EventHandler
	void on(PatientRegistered event) {
		String patientId = event.patientId().value();
		if (PerBatch
			.get(PATIENTS, patientId, this::stored,
					(id) -> Optional.ofNullable(this.entities.find(PatientRow.class, id)))
			.isEmpty()) {
			registered().computeIfAbsent(patientId, (id) -> new PatientRow(id, event.jurisdiction().value(),
					event.person() == null ? null : event.person().name()));
		}
	}

	/**
	 * The patients registered in this batch, inserted when it commits with what its later
	 * events made of them ({@link NewRows}).
	 */
	private Map<String, PatientRow> registered() {
		return PerBatch.writtenAtCommit(REGISTERED,
				(rows) -> this.newRows.insert(rows.values(), PatientRow.COPY_INTO, PatientRow::row));
	}

	/** The patient as registered in this batch or stored before it. */
	private PatientRow patient(String patientId) {
		PatientRow registered = registered().get(patientId);
		return registered != null ? registered : this.entities.find(PatientRow.class, patientId);
	}

	/** The batch's patients as stored before it, in one query. */
	private Map<String, Optional<PatientRow>> stored(Set<String> patientIds) {
		return PerBatch.byId(this.entities, PatientRow.class, patientIds, (patient) -> patient.id);
	}

	@EventHandler
	void on(PatientTransferredIn event) {
		patient(event.patientId().value()).jurisdiction = event.jurisdiction().value();
	}

	@EventHandler
	void on(PatientIdentityErased event) {
		patient(event.patientId().value()).name = null;
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
		PatientRow patient = patient(event.patientId().value());
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
