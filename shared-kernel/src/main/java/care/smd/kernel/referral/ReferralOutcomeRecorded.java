package care.smd.kernel.referral;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** A referral's outcome was recorded. */
public record ReferralOutcomeRecorded(PatientId patientId, String referralId, LocalDate date, ReferralOutcome outcome,
		String reason) implements PatientEvent {
}
