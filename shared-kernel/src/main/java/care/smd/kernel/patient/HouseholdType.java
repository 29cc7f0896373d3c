package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;

/** 户籍类型 */
public enum HouseholdType implements ChineseTerm {

	RESIDENT("户籍"), MIGRANT("流动");

	private final String chinese;

	HouseholdType(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
