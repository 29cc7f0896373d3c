package care.smd.query.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A plan and its targets (indicator code -> target; rates as fractions, prevalence per
 * mille).
 */
@Entity
@Table(name = "q_plan")
class PlanRow {

	@Id
	@Column(length = 60)
	String code;

	@Column(length = 200, nullable = false)
	String name;

	@Column(length = 4000, nullable = false)
	String targetsJson;

	protected PlanRow() {
	}

	PlanRow(String code, String name, String targetsJson) {
		this.code = code;
		this.name = name;
		this.targetsJson = targetsJson;
	}

}
