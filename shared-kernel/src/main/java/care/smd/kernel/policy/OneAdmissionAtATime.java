package care.smd.kernel.policy;

import java.util.Map;

/** A patient in hospital is discharged before the next admission. */
public final class OneAdmissionAtATime {

	private OneAdmissionAtATime() {
	}

	public static void check(boolean inHospital) {
		if (inHospital) {
			throw new PolicyViolation("OneAdmissionAtATime", PolicyViolation.Kind.CONFLICT, null,
					"The patient is already recorded as in hospital; record the discharge first.", Map.of());
		}
	}

}
