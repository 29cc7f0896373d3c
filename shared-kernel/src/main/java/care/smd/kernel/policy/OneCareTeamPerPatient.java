package care.smd.kernel.policy;

import java.util.Map;

/** A patient has one care team; change its members instead of assigning a second. */
public final class OneCareTeamPerPatient {

	private OneCareTeamPerPatient() {
	}

	public static void check(boolean hasTeam) {
		if (hasTeam) {
			throw new PolicyViolation("OneCareTeamPerPatient", PolicyViolation.Kind.CONFLICT, null,
					"The patient already has a care team; change its membership instead.", Map.of());
		}
	}

}
