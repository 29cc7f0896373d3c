package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** A patient was registered (在册 from registeredOn). */
public record PatientRegistered(PatientId patientId, JurisdictionCode jurisdiction, LocalDate registeredOn,
		PersonalDetails person, Guardian guardian, Consent consent, Diagnosis diagnosis, ClinicalBackground background,
		LocalDate firstFollowUpDue) implements PatientEvent {

	@Override
	public LocalDate date() {
		return this.registeredOn;
	}

}
