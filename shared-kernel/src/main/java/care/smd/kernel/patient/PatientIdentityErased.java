package care.smd.kernel.patient;

import java.time.LocalDate;

/**
 * The patient's identity key was destroyed: name, ID number, contacts can no longer be
 * read anywhere.
 */
public record PatientIdentityErased(PatientId patientId, LocalDate date, String reason) implements PatientEvent {
}
