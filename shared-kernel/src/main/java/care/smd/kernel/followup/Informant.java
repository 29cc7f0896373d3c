package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 随访对象 */
public enum Informant implements ChineseTerm {

	PATIENT("患者"), GUARDIAN_OR_FAMILY("家属"), OTHER("其他知情人");

	private final String chinese;

	Informant(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
