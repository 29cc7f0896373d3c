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
		Require.present(handledBy, "handledBy");
		if (handledBy.isEmpty() || handledBy.stream().anyMatch(java.util.Objects::isNull)) {
			throw new care.smd.kernel.common.InvalidValue("handledBy", "names at least one role, none empty");
		}
		handledBy = List.copyOf(handledBy);
		description = Require.text(description, "description", 4000);
		outcome = Require.optionalText(outcome, "outcome", 1000);
	}

}
