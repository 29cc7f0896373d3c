package care.smd.query.patient;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One event of a case's history, as the case view shows it. */
@Entity
@Table(name = "q_case_history", indexes = @Index(name = "ix_history_patient", columnList = "patientId, sequence"))
class CaseHistoryEntry {

	@Id
	@Column(length = 80)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	long sequence;

	LocalDate date;

	@Column(length = 40, nullable = false)
	String type;

	@Column(length = 40_000)
	String json;

	protected CaseHistoryEntry() {
	}

	/** An entry's id: one entry per event of a case. */
	static String id(String patientId, long sequence) {
		return patientId + ":" + sequence;
	}

}
