package care.smd.kernel.careteam;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** A note on the shared case (个案管理记录), by a team member or the doctor. */
public record AddCaseNote(@TargetAggregateIdentifier PatientId patientId, String noteId, LocalDate date, String text) {

	public AddCaseNote {
		Require.present(noteId, "noteId");
		Require.present(date, "date");
		text = Require.text(text, "text", 4000);
	}

}
