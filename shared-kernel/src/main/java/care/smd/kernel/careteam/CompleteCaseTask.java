package care.smd.kernel.careteam;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** The assignee (or the doctor) marks a task done. */
public record CompleteCaseTask(@TargetAggregateIdentifier PatientId patientId, String taskId, LocalDate date,
		String result) {

	public CompleteCaseTask {
		Require.present(taskId, "taskId");
		Require.present(date, "date");
		result = Require.optionalText(result, "result", 1000);
	}

}
