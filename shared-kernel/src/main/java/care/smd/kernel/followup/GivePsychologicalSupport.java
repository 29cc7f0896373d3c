package care.smd.kernel.followup;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 心理疏导 for the patient or the family. */
public record GivePsychologicalSupport(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		SupportRecipient recipient, String note) {

	public GivePsychologicalSupport {
		Require.present(date, "date");
		Require.present(recipient, "recipient");
		note = Require.optionalText(note, "note", 1000);
	}

}
