package care.smd.kernel.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** Log one follow-up visit on the national form. */
public record RecordFollowUp(@TargetAggregateIdentifier PatientId patientId, String followUpId, FollowUpForm visit) {

	public RecordFollowUp {
		Require.present(patientId, "id");
		Require.present(followUpId, "followUpId");
		Require.present(visit, "visit");
	}

}
