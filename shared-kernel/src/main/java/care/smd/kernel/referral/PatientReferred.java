package care.smd.kernel.referral;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** The patient was referred to a hospital. */
public record PatientReferred(PatientId patientId, String referralId, LocalDate date, String reason, Urgency urgency,
		String hospital, String department) implements PatientEvent {
}
