package care.smd.kernel.careteam;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** A task was done. */
public record CaseTaskCompleted(PatientId patientId, String taskId, LocalDate date,
		String result) implements PatientEvent {
}
