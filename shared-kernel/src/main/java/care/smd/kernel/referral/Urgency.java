package care.smd.kernel.referral;

import care.smd.kernel.common.ChineseTerm;

/** 转诊紧急程度 */
public enum Urgency implements ChineseTerm {

	EMERGENCY("紧急（绿色通道）"), ROUTINE("常规");

	private final String chinese;

	Urgency(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
