package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.followup.LostReason;

/** 失访: the patient cannot be reached. */
public record MarkLostToFollowUp(@TargetAggregateIdentifier PatientId patientId, LocalDate date, LostReason reason) {

	public MarkLostToFollowUp {
		Require.present(date, "date");
		Require.present(reason, "reason");
	}

}
