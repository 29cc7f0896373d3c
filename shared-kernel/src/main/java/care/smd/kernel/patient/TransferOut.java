package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** 迁出: the patient moves to another community; the sending community's record closes. */
public record TransferOut(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		JurisdictionCode toJurisdiction, String reason) {

	public TransferOut {
		Require.present(date, "date");
		Require.present(toJurisdiction, "toJurisdiction");
		reason = Require.optionalText(reason, "reason", 500);
	}

}
