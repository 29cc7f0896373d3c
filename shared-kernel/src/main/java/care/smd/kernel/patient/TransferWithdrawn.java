package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** The sending community took its proposal back (撤回迁出申请). */
public record TransferWithdrawn(PatientId patientId, LocalDate date, JurisdictionCode toJurisdiction,
		String reason) implements PatientEvent {
}
