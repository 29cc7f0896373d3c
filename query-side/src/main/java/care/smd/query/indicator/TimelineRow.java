package care.smd.query.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One patient's indicator timeline, stored as JSON: the input from which counters are
 * (re)derived.
 */
@Entity
@Table(name = "q_ind_timeline")
class TimelineRow {

	@Id
	@Column(length = 36)
	String patientId;

	@Column(length = 1_000_000)
	String json;

	protected TimelineRow() {
	}

	TimelineRow(String patientId) {
		this.patientId = patientId;
	}

}
