package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;

/** 患者状态 */
public enum PatientStatus implements ChineseTerm {

	ACTIVE("在册"), LOST("失访"), DECEASED("死亡"), MOVED_OUT("迁出"), DEREGISTERED("销案"),
	/** recorded twice: this record was merged into the other and counts no more */
	MERGED("已合并");

	private final String chinese;

	PatientStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	/**
	 * A deceased, moved-out, deregistered or merged patient takes no new clinical
	 * records; a lost patient does (being found again is a follow-up).
	 */
	public boolean isClosed() {
		return this == DECEASED || this == MOVED_OUT || this == DEREGISTERED || this == MERGED;
	}

}
