package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 目前症状 */
public enum Symptom implements ChineseTerm {

	HALLUCINATION("幻觉"), COMMUNICATION_DIFFICULTY("交流困难"), SUSPICION("猜疑"), MOOD_SWINGS("喜怒无常"), ODD_BEHAVIOUR("行为怪异"),
	EXCITEMENT_TALKATIVENESS("兴奋话多"), HURTING_OR_DAMAGING("伤人毁物"), PESSIMISM("悲观厌世"), WANDERING_OFF("无故外走"),
	TALKING_LAUGHING_TO_SELF("自语自笑"), WITHDRAWAL_APATHY("孤僻懒散"), OTHER("其他");

	private final String chinese;

	Symptom(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	/**
	 * The positive psychotic symptoms of the form. When one is present the visit counts
	 * as "obvious psychotic symptoms" (精神症状明显) for classification; the others only make
	 * the visit "poor".
	 */
	public boolean isPsychotic() {
		return switch (this) {
			case HALLUCINATION, SUSPICION, ODD_BEHAVIOUR, EXCITEMENT_TALKATIVENESS, HURTING_OR_DAMAGING,
					TALKING_LAUGHING_TO_SELF ->
				true;
			default -> false;
		};
	}

}
