package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 两次随访期间住院情况 */
public enum HospitalisationStatus implements ChineseTerm {

	NONE("未住院"), IN_HOSPITAL("目前正在住院"), DISCHARGED("曾住院，现未住院");

	private final String chinese;

	HospitalisationStatus(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
