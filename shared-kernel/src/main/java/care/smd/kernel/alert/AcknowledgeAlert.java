package care.smd.kernel.alert;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** A care-team member has seen the alert and is acting on it. */
public record AcknowledgeAlert(@TargetAggregateIdentifier PatientId patientId, String alertId, LocalDate date,
		String note) {

	public AcknowledgeAlert {
		Require.text(alertId, "alertId", 120);
		Require.present(date, "date");
		note = Require.optionalText(note, "note", 1000);
	}

}
