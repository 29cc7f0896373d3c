package care.smd.kernel.followup;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** The patient or family got psychological support on date. */
public record PsychologicalSupportGiven(PatientId patientId, LocalDate date, SupportRecipient recipient,
		String note) implements PatientEvent {
}
