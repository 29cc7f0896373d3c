package care.smd.kernel.policy;

import java.util.Map;
import java.util.Set;

/**
 * A care-team member (who is not the case's doctor) acts only on the cases whose team
 * lists them; any other case answers like one that does not exist.
 */
public final class CareTeamActsOnItsOwnCases {

	private CareTeamActsOnItsOwnCases() {
	}

	/**
	 * roles: the sender's roles, comma-separated; user: their login; members: the team's
	 * user ids.
	 */
	public static void check(String roles, String user, Set<String> members) {
		boolean teamMemberOnly = roles != null && roles.contains("CARE_TEAM") && !roles.contains("DOCTOR")
				&& !roles.contains("ADMIN");
		if (teamMemberOnly && !members.contains(user)) {
			throw new PolicyViolation("CareTeamActsOnItsOwnCases", PolicyViolation.Kind.NOT_FOUND, null,
					"There is no such case in your scope.", Map.of());
		}
	}

}
