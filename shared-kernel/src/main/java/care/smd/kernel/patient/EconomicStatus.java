package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;

/** 经济状况 */
public enum EconomicStatus implements ChineseTerm {

	BELOW_POVERTY_LINE("贫困（在当地贫困线以下）"), NOT_POOR("非贫困"), UNKNOWN("不详");

	private final String chinese;

	EconomicStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
