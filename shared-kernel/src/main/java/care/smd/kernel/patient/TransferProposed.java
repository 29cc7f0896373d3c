package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** fromJurisdiction proposed to hand the patient over to toJurisdiction (迁出申请). */
public record TransferProposed(PatientId patientId, LocalDate date, JurisdictionCode fromJurisdiction,
		JurisdictionCode toJurisdiction, String reason) implements PatientEvent {
}
