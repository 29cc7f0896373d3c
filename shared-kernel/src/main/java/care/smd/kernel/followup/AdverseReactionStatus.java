package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 药物不良反应 */
public enum AdverseReactionStatus implements ChineseTerm {

	NONE("无"), PRESENT("有"), NOT_APPLICABLE("此项不适用");

	private final String chinese;

	AdverseReactionStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
