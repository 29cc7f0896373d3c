package care.smd.kernel.followup;

import java.time.LocalDate;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;

/** Date and cause of death, as the follow-up form or a death report gives them. */
public record DeathReport(LocalDate date, DeathCause cause, SomaticCause somaticCause, String detail) {

	public DeathReport {
		Require.present(date, "death.date");
		Require.present(cause, "death.cause");
		detail = Require.optionalText(detail, "death.detail", 500);
		if (somaticCause != null && cause != DeathCause.SOMATIC_DISEASE) {
			throw new InvalidValue("death.somaticCause", "is only given when the cause is SOMATIC_DISEASE");
		}
	}

}
