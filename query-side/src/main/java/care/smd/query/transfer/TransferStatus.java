package care.smd.query.transfer;

import care.smd.kernel.common.ChineseTerm;

/** 迁移状态: where a proposed hand-over stands. */
enum TransferStatus implements ChineseTerm {

	PENDING("待接收"), ACCEPTED("已迁入"), REJECTED("已拒绝"), WITHDRAWN("已撤回"),
	/** the case closed (death, deregistration) before anyone decided */
	LAPSED("已失效");

	private final String chinese;

	TransferStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
