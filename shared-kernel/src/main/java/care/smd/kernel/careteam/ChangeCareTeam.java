package care.smd.kernel.careteam;

import java.util.List;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** Replace the care team's membership. */
public record ChangeCareTeam(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		List<CareTeamMember> members) {

	public ChangeCareTeam {
		Require.present(date, "date");
		members = CareTeamComposition.validated(members);
	}

}
