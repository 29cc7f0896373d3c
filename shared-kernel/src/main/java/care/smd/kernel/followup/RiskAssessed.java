package care.smd.kernel.followup;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** A danger assessment was made on date. */
public record RiskAssessed(PatientId patientId, LocalDate date, DangerLevel dangerLevel,
		String note) implements PatientEvent {
}
