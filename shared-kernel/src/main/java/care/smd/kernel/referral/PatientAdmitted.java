package care.smd.kernel.referral;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** The patient was admitted to hospital on date. */
public record PatientAdmitted(PatientId patientId, LocalDate date, String hospital,
		String referralId) implements PatientEvent {
}
