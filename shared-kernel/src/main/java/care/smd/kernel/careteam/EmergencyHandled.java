package care.smd.kernel.careteam;

import java.util.List;
import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** An emergency was handled (应急处置). */
public record EmergencyHandled(PatientId patientId, LocalDate date, List<CareTeamRole> handledBy, String description,
		String outcome) implements PatientEvent {
}
