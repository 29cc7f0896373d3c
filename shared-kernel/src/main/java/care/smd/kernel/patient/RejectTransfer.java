package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/** 拒绝迁入: the receiving community declines the proposed transfer, saying why. */
public record RejectTransfer(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String reason) {

	public RejectTransfer {
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
