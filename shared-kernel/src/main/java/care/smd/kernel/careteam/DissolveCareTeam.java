package care.smd.kernel.careteam;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** The care team is no longer needed. */
public record DissolveCareTeam(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String reason) {

	public DissolveCareTeam {
		Require.present(date, "date");
		reason = Require.optionalText(reason, "reason", 500);
	}

}
