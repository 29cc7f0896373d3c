package care.smd.kernel.patient;

import java.time.LocalDate;

/** This case was a duplicate of the survivor's and was merged into it (已合并). */
public record PatientMergedInto(PatientId patientId, PatientId survivorId, LocalDate date,
		String reason) implements PatientEvent {
}
