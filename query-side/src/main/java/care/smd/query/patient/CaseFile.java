package care.smd.query.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The parts of a case a visit does not change: the registration as JSON and the care
 * team's members. Kept off the case view's row, which every follow-up writes again whole
 * (migration V18).
 */
@Entity
@Table(name = "q_case_file")
class CaseFile {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 20_000)
	String registrationJson;

	@Column(length = 20_000)
	String careTeamJson;

	/** The table and columns of {@link #row()}, for a copy of new files. */
	static final String COPY_INTO = "q_case_file (id, registration_json, care_team_json)";

	protected CaseFile() {
	}

	/** The file as the columns of {@link #COPY_INTO}. */
	Object[] row() {
		return new Object[] { this.id, this.registrationJson, this.careTeamJson };
	}

	CaseFile(String id) {
		this.id = id;
	}

}
