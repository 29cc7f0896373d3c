package care.smd.kernel.policy;

import java.util.Map;

import care.smd.kernel.patient.PatientId;

/** A merge joins two different cases. */
public final class MergeJoinsTwoCases {

	private MergeJoinsTwoCases() {
	}

	public static void check(PatientId one, PatientId other) {
		if (one.equals(other)) {
			throw new PolicyViolation("MergeJoinsTwoCases", PolicyViolation.Kind.INVALID, "duplicateId",
					"A case cannot be merged with itself; name the other case of the same person.", Map.of());
		}
	}

}
