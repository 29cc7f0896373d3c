package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 若失访，原因 */
public enum LostReason implements ChineseTerm {

	WORKING_ELSEWHERE("外出打工"), MOVED("迁居他处"), MISSING("走失"), NOT_REACHED_THREE_TIMES("连续3次未访到"), OTHER("其他");

	private final String chinese;

	LostReason(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
