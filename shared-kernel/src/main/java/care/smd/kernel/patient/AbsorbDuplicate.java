package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/** 合并重复档案 (the survivor's side): the survivor takes the duplicate's history in. */
public record AbsorbDuplicate(@TargetAggregateIdentifier PatientId patientId, PatientId duplicateId, LocalDate date,
		String reason) {

	public AbsorbDuplicate {
		Require.present(duplicateId, "duplicateId");
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
