package care.smd.query.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The plan in force for a jurisdiction and everything below it, unless a lower one has
 * its own.
 */
@Entity
@Table(name = "q_plan_assignment")
class PlanAssignmentRow {

	@Id
	@Column(length = 12)
	String prefix;

	@Column(length = 60, nullable = false)
	String planCode;

	protected PlanAssignmentRow() {
	}

	PlanAssignmentRow(String prefix, String planCode) {
		this.prefix = prefix;
		this.planCode = planCode;
	}

}
