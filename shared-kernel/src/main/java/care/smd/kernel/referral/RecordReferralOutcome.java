package care.smd.kernel.referral;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.common.InvalidValue;

/** What became of a referral: admitted, not admitted (with the reason) or cancelled. */
public record RecordReferralOutcome(@TargetAggregateIdentifier PatientId patientId, String referralId, LocalDate date,
		ReferralOutcome outcome, String reason) {

	public RecordReferralOutcome {
		Require.present(referralId, "referralId");
		Require.present(date, "date");
		Require.present(outcome, "outcome");
		reason = Require.optionalText(reason, "reason", 500);
		if (outcome == ReferralOutcome.NOT_ADMITTED && reason == null) {
			throw new InvalidValue("reason", "is required when the patient was not admitted");
		}
	}

}
