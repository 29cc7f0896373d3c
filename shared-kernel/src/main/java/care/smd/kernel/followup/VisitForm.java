package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 随访方式; clinic and home visit are face-to-face (面访) */
public enum VisitForm implements ChineseTerm {

	CLINIC("门诊"), HOME_VISIT("家庭访视"), PHONE("电话");

	private final String chinese;

	VisitForm(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	/** Clinic and home visits see the patient in person (面访); a phone call does not. */
	public boolean isFaceToFace() {
		return this != PHONE;
	}

}
