package care.smd.kernel.alert;

import care.smd.kernel.common.ChineseTerm;

/** 预警类型 */
public enum AlertKind implements ChineseTerm {

	DANGER_RAISED("危险性升至3级及以上"), NEEDS_CARE_TEAM("需建立关爱帮扶小组"), FOLLOW_UP_OVERDUE("随访逾期"), DISCHARGED_NOT_SEEN("出院后未随访"),
	ADHERENCE_STOPPED("停止服药"), REFERRAL_WITHOUT_OUTCOME("转诊无结果"), TRANSFER_PENDING("迁移待接收");

	private final String chinese;

	AlertKind(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
