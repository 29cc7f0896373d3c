package care.smd.kernel.careteam;

import care.smd.kernel.common.ChineseTerm;

/** 关爱帮扶小组角色 (五帮一) */
public enum CareTeamRole implements ChineseTerm {

	COMMITTEE_CADRE("村居委干部"), POLICE_OFFICER("社区民警"), DOCTOR("精防医生"), GRID_WORKER("网格员"), VOLUNTEER("志愿者"),
	GUARDIAN_OR_FAMILY("监护人/家属");

	private final String chinese;

	CareTeamRole(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
