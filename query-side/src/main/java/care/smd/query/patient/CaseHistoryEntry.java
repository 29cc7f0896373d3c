package care.smd.query.patient;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One event of a case's history, as the case view shows it: one entry per event of a
 * case.
 */
@Entity
@Table(name = "q_case_history")
@IdClass(CaseHistoryEntry.Key.class)
class CaseHistoryEntry {

	@Id
	@Column(length = 36, nullable = false)
	String patientId;

	@Id
	long sequence;

	LocalDate date;

	@Column(length = 40, nullable = false)
	String type;

	@Column(length = 40_000)
	String json;

	protected CaseHistoryEntry() {
	}

	/** The case and the event's sequence in it. */
	static final class Key implements Serializable {

		String patientId;

		long sequence;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.sequence == this.sequence
					&& Objects.equals(key.patientId, this.patientId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.patientId, this.sequence);
		}

	}

}
