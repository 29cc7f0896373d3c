package care.smd.kernel.patient;

import java.time.LocalDate;

/** A lost patient was reached again on date. */
public record PatientFoundAgain(PatientId patientId, LocalDate date) implements PatientEvent {
}
