package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** The receiving community declined; the patient stays where they were (拒绝迁入). */
public record TransferRejected(PatientId patientId, LocalDate date, JurisdictionCode toJurisdiction,
		String reason) implements PatientEvent {
}
