package care.smd.kernel.careteam;

import java.util.List;
import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** The care team's membership changed. */
public record CareTeamChanged(PatientId patientId, LocalDate date,
		List<CareTeamMember> members) implements PatientEvent {
}
