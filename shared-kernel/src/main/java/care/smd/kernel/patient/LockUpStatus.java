package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;

/** 关锁情况 */
public enum LockUpStatus implements ChineseTerm {

	NONE("无关锁"), LOCKED("关锁"), RELEASED("关锁已解除");

	private final String chinese;

	LockUpStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
