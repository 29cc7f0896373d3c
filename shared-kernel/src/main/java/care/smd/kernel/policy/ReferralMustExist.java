package care.smd.kernel.policy;

import java.util.Map;

/** An outcome belongs to a referral of this patient. */
public final class ReferralMustExist {

	private ReferralMustExist() {
	}

	public static void check(boolean exists, String referralId) {
		if (!exists) {
			throw new PolicyViolation("ReferralMustExist", PolicyViolation.Kind.NOT_FOUND, "referralId",
					"This patient has no referral " + referralId + ".", Map.of());
		}
	}

}
