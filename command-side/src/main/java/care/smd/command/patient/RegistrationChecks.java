package care.smd.command.patient;

import java.util.Optional;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.PatientId;

/**
 * What the Patient aggregate must know about other cases and the registry before it
 * decides.
 */
public interface RegistrationChecks {

	/** The case that already holds this ID number, if any. */
	Optional<PatientId> caseWithIdNumber(ChineseIdNumber idNumber);

	boolean isKnownCommunity(JurisdictionCode code);

}
