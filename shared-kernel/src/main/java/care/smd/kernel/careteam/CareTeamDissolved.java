package care.smd.kernel.careteam;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** The care team was dissolved. */
public record CareTeamDissolved(PatientId patientId, LocalDate date, String reason) implements PatientEvent {
}
