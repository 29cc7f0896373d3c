package care.smd.kernel.followup;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** The patient took part in community rehabilitation on date. */
public record RehabilitationRecorded(PatientId patientId, LocalDate date, String kind) implements PatientEvent {
}
