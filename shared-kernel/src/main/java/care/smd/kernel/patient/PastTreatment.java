package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;

/** 既往治疗情况 */
public enum PastTreatment implements ChineseTerm {

	NEVER("未治"), INTERMITTENT_OUTPATIENT("间断门诊治疗"), CONTINUOUS_OUTPATIENT("连续门诊治疗");

	private final String chinese;

	PastTreatment(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
