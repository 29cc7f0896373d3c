package care.smd.kernel.referral;

import java.util.List;
import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.followup.Medication;
import care.smd.kernel.patient.PatientEvent;

/** The patient was discharged; the community's follow-up is due by followUpDue. */
public record PatientDischarged(PatientId patientId, LocalDate date, String hospital, String summary,
		List<Medication> medication, LocalDate followUpDue) implements PatientEvent {
}
