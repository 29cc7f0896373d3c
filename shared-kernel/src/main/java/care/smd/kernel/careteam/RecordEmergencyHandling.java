package care.smd.kernel.careteam;

import java.util.List;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 应急处置: police and doctor dealt with an emergency; what happened and what was done. */
public record RecordEmergencyHandling(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		List<CareTeamRole> handledBy, String description, String outcome) {

	public RecordEmergencyHandling {
		Require.present(date, "date");
		handledBy = List.copyOf(Require.present(handledBy, "handledBy"));
		description = Require.text(description, "description", 4000);
		outcome = Require.optionalText(outcome, "outcome", 1000);
	}

}
