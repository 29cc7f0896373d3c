package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/** 撤回迁出申请: the sending community takes its proposal back before it is decided. */
public record WithdrawTransfer(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String reason) {

	public WithdrawTransfer {
		Require.present(date, "date");
		reason = Require.optionalText(reason, "reason", 500);
	}

}
