package care.smd.kernel.policy;

import java.util.Map;

/** A discharge closes an admission: the patient must be in hospital. */
public final class DischargeFollowsAdmission {

	private DischargeFollowsAdmission() {
	}

	public static void check(boolean inHospital) {
		if (!inHospital) {
			throw new PolicyViolation("DischargeFollowsAdmission", PolicyViolation.Kind.CONFLICT, null,
					"The patient is not recorded as in hospital; record the admission before the discharge.", Map.of());
		}
	}

}
