package care.smd.kernel.careteam;

import care.smd.kernel.common.Require;

/** One member of a care team (五帮一), or the guardian/family as the sixth party. */
public record CareTeamMember(CareTeamRole role, String name, String userId, String phone, boolean lead) {

	public CareTeamMember {
		Require.present(role, "members.role");
		name = Require.text(name, "members.name", 50);
		userId = Require.optionalText(userId, "members.userId", 100);
		phone = Require.optionalText(phone, "members.phone", 30);
	}

	/** Names and phones of team members stay out of logs. */
	@Override
	public String toString() {
		return "CareTeamMember[" + this.role + (this.lead ? ", lead" : "") + "]";
	}
}
