package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 本次随访分类 */
public enum Classification implements ChineseTerm {

	UNSTABLE("不稳定"), BASICALLY_STABLE("基本稳定"), STABLE("稳定"), NOT_REACHED("未访到");

	private final String chinese;

	Classification(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
