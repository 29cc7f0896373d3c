package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;

/** 性别 */
public enum Sex implements ChineseTerm {

	MALE("男"), FEMALE("女");

	private final String chinese;

	Sex(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
