package care.smd.kernel.followup;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 危险性评估 outside a follow-up visit. */
public record AssessRisk(@TargetAggregateIdentifier PatientId patientId, LocalDate date, DangerLevel dangerLevel,
		String note) {

	public AssessRisk {
		Require.present(date, "date");
		Require.present(dangerLevel, "dangerLevel");
		note = Require.optionalText(note, "note", 1000);
	}

}
