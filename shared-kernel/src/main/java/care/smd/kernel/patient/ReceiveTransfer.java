package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/** 迁入: the receiving community takes the patient in; the record opens again there. */
public record ReceiveTransfer(@TargetAggregateIdentifier PatientId patientId, LocalDate date,
		JurisdictionCode jurisdiction) {

	public ReceiveTransfer {
		Require.present(date, "date");
	}

}
