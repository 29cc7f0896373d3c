package care.smd.kernel.patient;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import care.smd.kernel.common.Require;

/**
 * Crypto-shredding: destroy the patient's identity key (after the retention period, or
 * when the registration was made in error). The anonymous history keeps counting in the
 * rates.
 */
public record EraseIdentity(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String reason) {

	public EraseIdentity {
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
