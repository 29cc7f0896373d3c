package care.smd.kernel.alert;

import care.smd.kernel.common.ChineseTerm;

/** 预警状态 */
public enum AlertStatus implements ChineseTerm {

	OPEN("待处理"), ACKNOWLEDGED("已知悉"), RESOLVED("已解除");

	private final String chinese;

	AlertStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
