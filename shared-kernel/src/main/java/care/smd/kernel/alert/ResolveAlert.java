package care.smd.kernel.alert;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** A person closes an alert, saying how it was dealt with. */
public record ResolveAlert(@TargetAggregateIdentifier PatientId patientId, String alertId, LocalDate date,
		String resolution) {

	public ResolveAlert {
		Require.text(alertId, "alertId", 120);
		Require.present(date, "date");
		resolution = Require.text(resolution, "resolution", 1000);
	}

}
