package care.smd.kernel.alert;

import java.time.LocalDate;

import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientId;

/** A person resolved an alert. */
public record AlertResolved(PatientId patientId, String alertId, LocalDate date,
		String resolution) implements PatientEvent {
}
