package care.smd.kernel.patient;

import java.time.LocalDate;

/**
 * The merge into the survivor was wrong: this case stands on its own again, with the
 * status it had before (撤销合并).
 */
public record MergeUndone(PatientId patientId, PatientId survivorId, LocalDate date, String reason,
		PatientStatus restoredStatus) implements PatientEvent {
}
