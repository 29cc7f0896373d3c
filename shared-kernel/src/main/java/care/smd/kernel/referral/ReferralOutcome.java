package care.smd.kernel.referral;

import care.smd.kernel.common.ChineseTerm;

/** 转诊结果 */
public enum ReferralOutcome implements ChineseTerm {

	ADMITTED("已收治"), NOT_ADMITTED("未收治"), CANCELLED("已取消");

	private final String chinese;

	ReferralOutcome(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
