package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/**
 * 撤销合并 (the duplicate's side): the merge was wrong; this case stands on its own again.
 */
public record UndoMerge(@TargetAggregateIdentifier PatientId patientId, PatientId survivorId, LocalDate date,
		String reason) {

	public UndoMerge {
		Require.present(survivorId, "survivorId");
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
