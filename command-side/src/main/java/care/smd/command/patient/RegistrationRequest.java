package care.smd.command.patient;

import java.time.LocalDate;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.ClinicalBackground;
import care.smd.kernel.patient.Consent;
import care.smd.kernel.patient.Diagnosis;
import care.smd.kernel.patient.EconomicStatus;
import care.smd.kernel.patient.Guardian;
import care.smd.kernel.patient.HouseholdType;
import care.smd.kernel.patient.LockUpStatus;
import care.smd.kernel.patient.PastTreatment;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PersonalDetails;
import care.smd.kernel.patient.RegisterPatient;
import care.smd.kernel.patient.Sex;

/**
 * The registration form (个人信息补充表) as clients send it: flat identity fields plus nested
 * diagnosis, consent and guardian. {@code id} is optional: a field client may generate it
 * offline.
 */
public record RegistrationRequest(String id, String name, Sex sex, LocalDate birthDate, ChineseIdNumber idNumber,
		String phone, String address, HouseholdType householdType, JurisdictionCode jurisdiction,
		LocalDate registeredOn, Guardian guardian, Consent consent, Diagnosis diagnosis, LocalDate firstOnsetDate,
		String pastSymptoms, PastTreatment pastTreatment, LocalDate firstAntipsychoticTreatmentDate,
		Integer pastAdmissions, EconomicStatus economicStatus, LockUpStatus lockUp) {

	public RegisterPatient toCommand() {
		PatientId patientId = this.id == null ? PatientId.random() : PatientId.of(this.id);
		return new RegisterPatient(patientId, this.jurisdiction, this.registeredOn,
				new PersonalDetails(this.name, this.sex, this.birthDate, this.idNumber, this.phone, this.address,
						this.householdType),
				this.guardian, this.consent, this.diagnosis,
				new ClinicalBackground(this.firstOnsetDate, this.pastSymptoms, this.pastTreatment,
						this.firstAntipsychoticTreatmentDate, this.pastAdmissions, this.economicStatus, this.lockUp));
	}

	/** Spring MVC logs request bodies at debug level: identity stays out of them. */
	@Override
	public String toString() {
		return "RegistrationRequest[masked, jurisdiction=" + this.jurisdiction + "]";
	}

}
