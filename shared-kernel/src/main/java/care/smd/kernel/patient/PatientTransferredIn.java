package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** The patient was taken in by jurisdiction (迁入). */
public record PatientTransferredIn(PatientId patientId, LocalDate date, JurisdictionCode fromJurisdiction,
		JurisdictionCode jurisdiction, LocalDate followUpDue) implements PatientEvent {
}
