package care.smd.query.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Activity counters of one jurisdiction prefix and period: how many patients registered
 * there at the period end were managed, standard-managed, seen face to face ... in the
 * period.
 */
@Entity
@Table(name = "q_ind_activity")
class ActivityRow {

	@Id
	@Column(length = 40)
	String id;

	@Column(length = 12, nullable = false)
	String prefix;

	@Column(length = 10, nullable = false)
	String periodKey;

	int managed;

	int standard0;

	int standard1;

	int standard2;

	int standard3;

	int standard4;

	int faceToFace;

	int medication;

	int regularMedication;

	int schizophreniaMedication;

	int stable;

	int stableEligible;

	int rehabilitation;

	int psychologicalSupport;

	int riskAssessed;

	int incident;

	protected ActivityRow() {
	}

}
