package care.smd.kernel.patient;

import java.time.LocalDate;

/** The survivor took in the history of its duplicate (合并重复档案). */
public record DuplicateAbsorbed(PatientId patientId, PatientId duplicateId, LocalDate date,
		String reason) implements PatientEvent {
}
