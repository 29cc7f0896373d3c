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

	/** the case this one was merged into: then it counts nowhere */
	@Column(length = 36)
	String mergedInto;

	/** the timelines of duplicates merged into this case, by case id, as JSON */
	@Column(length = 1_000_000)
	String absorbedJson;

	/** the table and columns of {@link #row()} */
	static final String COPY_INTO = "q_ind_timeline (patient_id, json, merged_into, absorbed_json)";

	/** The timeline as the columns of {@link #COPY_INTO}. */
	Object[] row() {
		return new Object[] { this.patientId, this.json, this.mergedInto, this.absorbedJson };
	}

	protected TimelineRow() {
	}

	TimelineRow(String patientId) {
		this.patientId = patientId;
	}

}
