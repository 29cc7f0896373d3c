package care.smd.kernel.policy;

import java.util.Map;

/** A referral ends once: admitted, not admitted or cancelled. */
public final class ReferralOutcomeRecordedOnce {

	private ReferralOutcomeRecordedOnce() {
	}

	public static void check(boolean alreadyDecided, String referralId) {
		if (alreadyDecided) {
			throw new PolicyViolation("ReferralOutcomeRecordedOnce", PolicyViolation.Kind.CONFLICT, "referralId",
					"Referral " + referralId + " already has its outcome; a new referral is a new record.", Map.of());
		}
	}

}
