package care.smd.kernel.careteam;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** A task for one team member, with a due date. */
public record AssignCaseTask(@TargetAggregateIdentifier PatientId patientId, String taskId, LocalDate date,
		String title, String assignee, LocalDate dueDate) {

	public AssignCaseTask {
		Require.present(taskId, "taskId");
		Require.present(date, "date");
		title = Require.text(title, "title", 500);
		assignee = Require.text(assignee, "assignee", 100);
		Require.present(dueDate, "dueDate");
	}

}
