package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/** 撤销合并 (the survivor's side): the survivor gives the wrongly merged history back. */
public record ReleaseDuplicate(@TargetAggregateIdentifier PatientId patientId, PatientId duplicateId, LocalDate date,
		String reason) {

	public ReleaseDuplicate {
		Require.present(duplicateId, "duplicateId");
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
