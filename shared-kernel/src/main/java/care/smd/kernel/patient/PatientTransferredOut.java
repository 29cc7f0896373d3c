package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** The patient left fromJurisdiction for toJurisdiction (迁出). */
public record PatientTransferredOut(PatientId patientId, LocalDate date, JurisdictionCode fromJurisdiction,
		JurisdictionCode toJurisdiction, String reason) implements PatientEvent {
}
