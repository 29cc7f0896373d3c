package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 服药依从性 */
public enum Adherence implements ChineseTerm {

	REGULAR("规律"), INTERMITTENT("间断"), NONE("不服药"), NOT_PRESCRIBED("医嘱勿需服药");

	private final String chinese;

	Adherence(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	/** Counts as "on medication" (服药) for the medication/treatment rate. */
	public boolean isTakingMedication() {
		return this == REGULAR || this == INTERMITTENT;
	}

}
