package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * 登记建档: register a patient with a confirmed severe diagnosis; consent given or refused is
 * recorded.
 */
public record RegisterPatient(@TargetAggregateIdentifier PatientId patientId, JurisdictionCode jurisdiction,
		LocalDate registeredOn, PersonalDetails person, Guardian guardian, Consent consent, Diagnosis diagnosis,
		ClinicalBackground background) {

	public RegisterPatient {
		Require.present(patientId, "id");
		Require.present(jurisdiction, "jurisdiction");
		if (!jurisdiction.isCommunity()) {
			throw new InvalidValue("jurisdiction", "a patient belongs to a 12-digit village/community code");
		}
		Require.present(registeredOn, "registeredOn");
		Require.present(person, "person");
		Require.present(consent, "consent");
		Require.present(diagnosis, "diagnosis");
		background = background == null ? ClinicalBackground.UNKNOWN : background;
	}

}
