package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 自知力 */
public enum Insight implements ChineseTerm {

	COMPLETE("自知力完全"), PARTIAL("自知力不全"), ABSENT("自知力缺失");

	private final String chinese;

	Insight(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
