package care.smd.kernel.patient;

import java.time.LocalDate;

/** The survivor gave back the history of a wrongly merged duplicate (撤销合并). */
public record DuplicateReleased(PatientId patientId, PatientId duplicateId, LocalDate date,
		String reason) implements PatientEvent {
}
