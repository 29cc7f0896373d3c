package care.smd.query.transfer;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One proposed hand-over and how it ended. */
@Entity
@Table(name = "q_transfer",
		indexes = { @Index(name = "ix_transfer_to", columnList = "toJurisdiction, status"),
				@Index(name = "ix_transfer_from", columnList = "fromJurisdiction, status"),
				@Index(name = "ix_transfer_patient", columnList = "patientId, status") })
class TransferRow {

	/** the case and the aggregate sequence number of the proposal */
	@Id
	@Column(length = 60)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	@Column(length = 12, nullable = false)
	String fromJurisdiction;

	@Column(length = 12, nullable = false)
	String toJurisdiction;

	@Column(nullable = false)
	LocalDate proposedOn;

	@Column(length = 500)
	String reason;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	TransferStatus status;

	LocalDate decidedOn;

	@Column(length = 500)
	String decisionReason;

	protected TransferRow() {
	}

	TransferRow(String id, String patientId, String fromJurisdiction, String toJurisdiction, LocalDate proposedOn,
			String reason) {
		this.id = id;
		this.patientId = patientId;
		this.fromJurisdiction = fromJurisdiction;
		this.toJurisdiction = toJurisdiction;
		this.proposedOn = proposedOn;
		this.reason = reason;
		this.status = TransferStatus.PENDING;
	}

	void decide(TransferStatus outcome, LocalDate day, String why) {
		this.status = outcome;
		this.decidedOn = day;
		this.decisionReason = why;
	}

}
