package care.smd.query.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a patient is registered and what the hospital may call them, for new referrals.
 */
@Entity
@Table(name = "q_referral_patient")
class PatientRow {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 12, nullable = false)
	String jurisdiction;

	@Column(length = 50)
	String name;

	/** the table and columns of {@link #row()} */
	static final String COPY_INTO = "q_referral_patient (id, jurisdiction, name)";

	/** The patient as the columns of {@link #COPY_INTO}. */
	Object[] row() {
		return new Object[] { this.id, this.jurisdiction, this.name };
	}

	protected PatientRow() {
	}

	PatientRow(String id, String jurisdiction, String name) {
		this.id = id;
		this.jurisdiction = jurisdiction;
		this.name = name;
	}

}
