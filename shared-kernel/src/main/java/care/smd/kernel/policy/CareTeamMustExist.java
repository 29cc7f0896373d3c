package care.smd.kernel.policy;

import java.util.Map;

/** Only an existing care team can be changed or dissolved. */
public final class CareTeamMustExist {

	private CareTeamMustExist() {
	}

	public static void check(boolean hasTeam) {
		if (!hasTeam) {
			throw new PolicyViolation("CareTeamMustExist", PolicyViolation.Kind.CONFLICT, null,
					"The patient has no care team; assign one first.", Map.of());
		}
	}

}
