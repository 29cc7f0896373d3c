package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 心理疏导对象 */
public enum SupportRecipient implements ChineseTerm {

	PATIENT("患者"), FAMILY("家属");

	private final String chinese;

	SupportRecipient(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
