package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 康复措施 */
public enum RehabilitationMeasure implements ChineseTerm {

	DAILY_LIVING("生活劳动能力"), VOCATIONAL("职业训练"), LEARNING("学习能力"), SOCIAL_CONTACT("社会交往"), OTHER("其他");

	private final String chinese;

	RehabilitationMeasure(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
