package care.smd.query.alert;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import care.smd.kernel.alert.AlertKind;
import care.smd.kernel.alert.AlertStatus;

/**
 * One alert. Its id says what raised it (patient, kind, the day or record it is about),
 * so the same condition raises it once, however often the events are replayed or the
 * calendar is swept.
 */
@Entity
@Table(name = "q_alert", indexes = { @Index(name = "ix_alert_patient", columnList = "patientId"),
		@Index(name = "ix_alert_jurisdiction", columnList = "jurisdiction, status") })
class AlertRow {

	@Id
	@Column(length = 120)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	@Column(length = 12, nullable = false)
	String jurisdiction;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	AlertKind kind;

	LocalDate raisedAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	AlertStatus status;

	LocalDate statusChangedOn;

	@Column(length = 1000)
	String note;

	/** the table and columns of {@link #row()} */
	static final String COPY_INTO = "q_alert (id, patient_id, jurisdiction, kind, raised_at, status, status_changed_on,"
			+ " note)";

	/** The alert as the columns of {@link #COPY_INTO}. */
	Object[] row() {
		return new Object[] { this.id, this.patientId, this.jurisdiction, this.kind.name(), this.raisedAt,
				this.status.name(), this.statusChangedOn, this.note };
	}

	protected AlertRow() {
	}

	AlertRow(String patientId, String jurisdiction, AlertKind kind, String about, LocalDate raisedAt) {
		this.id = id(patientId, kind, about);
		this.patientId = patientId;
		this.jurisdiction = jurisdiction;
		this.kind = kind;
		this.raisedAt = raisedAt;
		this.status = AlertStatus.OPEN;
	}

	static String id(String patientId, AlertKind kind, String about) {
		return patientId + ":" + kind + ":" + about;
	}

	boolean isOpen() {
		return this.status != AlertStatus.RESOLVED;
	}

}
