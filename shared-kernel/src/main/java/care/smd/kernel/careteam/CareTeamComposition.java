package care.smd.kernel.careteam;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import care.smd.kernel.common.InvalidValue;

/**
 * A team has at least one member, at most one lead, and no person twice in the same role.
 */
public final class CareTeamComposition {

	private CareTeamComposition() {
	}

	public static List<CareTeamMember> validated(List<CareTeamMember> members) {
		if (members == null || members.isEmpty()) {
			throw new InvalidValue("members", "a care team needs at least one member");
		}
		if (members.stream().anyMatch(java.util.Objects::isNull)) {
			throw new InvalidValue("members", "a member must not be null");
		}
		if (members.stream().filter(CareTeamMember::lead).count() > 1) {
			throw new InvalidValue("members", "a care team has at most one lead");
		}
		Set<String> seen = new HashSet<>();
		for (CareTeamMember member : members) {
			if (!seen.add(member.role() + "/" + member.name())) {
				throw new InvalidValue("members", "the same person is listed twice in one role");
			}
		}
		return List.copyOf(members);
	}

}
