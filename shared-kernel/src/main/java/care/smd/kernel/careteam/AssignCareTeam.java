package care.smd.kernel.careteam;

import java.util.List;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 个案管理: give the patient a care team. */
public record AssignCareTeam(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		List<CareTeamMember> members) {

	public AssignCareTeam {
		Require.present(date, "date");
		members = CareTeamComposition.validated(members);
	}

}
