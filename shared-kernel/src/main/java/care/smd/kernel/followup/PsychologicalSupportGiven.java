package care.smd.kernel.followup;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;

/** The patient or family got psychological support on date. */
public record PsychologicalSupportGiven(PatientId patientId, LocalDate date, SupportRecipient recipient, String note) {
}
