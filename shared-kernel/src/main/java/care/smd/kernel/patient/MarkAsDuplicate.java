package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/**
 * 合并重复档案 (the duplicate's side): this case records a person who already has the
 * survivor's case; from now on it counts no more, and its history is read with the
 * survivor's.
 */
public record MarkAsDuplicate(@TargetAggregateIdentifier PatientId patientId, PatientId survivorId, LocalDate date,
		String reason) {

	public MarkAsDuplicate {
		Require.present(survivorId, "survivorId");
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
