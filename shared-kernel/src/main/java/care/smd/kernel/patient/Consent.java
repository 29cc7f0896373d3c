package care.smd.kernel.patient;

import java.time.LocalDate;

import care.smd.kernel.common.Require;

/**
 * 知情同意: given or refused, who signed (patient or guardian), when. A refusal is recorded
 * too.
 */
public record Consent(Boolean given, String signedBy, LocalDate date) {

	public Consent {
		Require.present(given, "consent.given");
		signedBy = Require.text(signedBy, "consent.signedBy", 50);
		Require.present(date, "consent.date");
	}

	/** The signer's name stays out of logs. */
	@Override
	public String toString() {
		return "Consent[given=" + this.given + ", date=" + this.date + "]";
	}
}
