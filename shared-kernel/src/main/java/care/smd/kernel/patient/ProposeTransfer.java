package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * 迁出申请: the sending community proposes to hand the patient over to another community.
 * Until the receiving community accepts, the patient stays on the sender's worklist and
 * in its rates.
 */
public record ProposeTransfer(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		JurisdictionCode toJurisdiction, String reason) {

	public ProposeTransfer {
		Require.present(date, "date");
		Require.present(toJurisdiction, "toJurisdiction");
		reason = Require.optionalText(reason, "reason", 500);
	}

}
