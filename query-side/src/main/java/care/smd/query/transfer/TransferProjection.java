package care.smd.query.transfer;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientMergedInto;
import care.smd.kernel.patient.PatientTransferredOut;
import care.smd.kernel.patient.TransferProposed;
import care.smd.kernel.patient.TransferRejected;
import care.smd.kernel.patient.TransferWithdrawn;

/**
 * The hand-overs between communities: the receiver's inbox of proposals to accept or
 * decline, the sender's list of those still waiting, and how each one ended.
 */
@Component
@ProcessingGroup("case-views")
class TransferProjection {

	private final EntityManager entities;

	TransferProjection(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(TransferProposed event, @SequenceNumber long sequence) {
		String id = event.patientId().value() + ":" + sequence;
		if (this.entities.find(TransferRow.class, id) == null) {
			this.entities.persist(new TransferRow(id, event.patientId().value(), event.fromJurisdiction().value(),
					event.toJurisdiction().value(), event.date(), event.reason()));
		}
	}

	@EventHandler
	void on(TransferRejected event) {
		decide(event.patientId(), TransferStatus.REJECTED, event.date(), event.reason());
	}

	@EventHandler
	void on(TransferWithdrawn event) {
		decide(event.patientId(), TransferStatus.WITHDRAWN, event.date(), event.reason());
	}

	@EventHandler
	void on(PatientTransferredOut event) {
		decide(event.patientId(), TransferStatus.ACCEPTED, event.date(), null);
	}

	@EventHandler
	void on(PatientDied event) {
		decide(event.patientId(), TransferStatus.LAPSED, event.date(), "个案已结案 case closed");
	}

	@EventHandler
	void on(PatientDeregistered event) {
		decide(event.patientId(), TransferStatus.LAPSED, event.date(), "个案已结案 case closed");
	}

	@EventHandler
	void on(PatientMergedInto event) {
		decide(event.patientId(), TransferStatus.LAPSED, event.date(), "个案已合并 case merged");
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from TransferRow").executeUpdate();
	}

	private void decide(PatientId patient, TransferStatus outcome, LocalDate day, String why) {
		this.entities
			.createQuery("select t from TransferRow t where t.patientId = :patient and t.status = :pending",
					TransferRow.class)
			.setParameter("patient", patient.value())
			.setParameter("pending", TransferStatus.PENDING)
			.getResultList()
			.forEach((row) -> row.decide(outcome, day, why));
	}

}
