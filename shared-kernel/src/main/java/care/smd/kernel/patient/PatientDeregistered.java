package care.smd.kernel.patient;

import java.time.LocalDate;

/** The case was closed (销案) on date. */
public record PatientDeregistered(PatientId patientId, LocalDate date, String reason) implements PatientEvent {
}
