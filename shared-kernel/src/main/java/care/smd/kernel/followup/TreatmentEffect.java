package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 治疗效果 */
public enum TreatmentEffect implements ChineseTerm {

	CURED("痊愈"), IMPROVED("好转"), UNCHANGED("无变化"), WORSE("加重"), NOT_APPLICABLE("此项不适用");

	private final String chinese;

	TreatmentEffect(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
