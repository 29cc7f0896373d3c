package care.smd.kernel.alert;

import java.time.LocalDate;

import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientId;

/** An alert was acknowledged. */
public record AlertAcknowledged(PatientId patientId, String alertId, LocalDate date,
		String note) implements PatientEvent {
}
