package care.smd.kernel.careteam;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** A task was given to a team member. */
public record CaseTaskAssigned(PatientId patientId, String taskId, LocalDate date, String title, String assignee,
		LocalDate dueDate) implements PatientEvent {
}
