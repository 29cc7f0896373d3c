package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 睡眠、饮食、社会功能情况 */
public enum Rating implements ChineseTerm {

	GOOD("良好"), FAIR("一般"), POOR("较差"),
	/** Only for the productive-work item of social function. */
	NOT_APPLICABLE("此项不适用");

	private final String chinese;

	Rating(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
