package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 死亡原因 */
public enum DeathCause implements ChineseTerm {

	SOMATIC_DISEASE("躯体疾病"), SUICIDE("自杀"), HOMICIDE("他杀"), ACCIDENT("意外"),
	COMPLICATION_OF_MENTAL_DISORDER("精神疾病相关并发症"), OTHER("其他");

	private final String chinese;

	DeathCause(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
