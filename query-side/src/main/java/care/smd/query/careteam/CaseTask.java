package care.smd.query.careteam;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A task of the shared case, with its assignee and due date, open until completed. */
@Entity
@Table(name = "q_case_task", indexes = @Index(name = "ix_task_assignee", columnList = "assignee, completedOn"))
class CaseTask {

	@Id
	@Column(length = 80)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	LocalDate assignedOn;

	@Column(length = 500)
	String title;

	@Column(length = 100)
	String assignee;

	LocalDate dueDate;

	LocalDate completedOn;

	@Column(length = 1000)
	String result;

	protected CaseTask() {
	}

}
