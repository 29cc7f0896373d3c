package care.smd.kernel.patient;

import care.smd.kernel.common.ChineseTerm;
import care.smd.kernel.common.InvalidValue;

/**
 * The six diagnoses that make a patient "severe" (严重精神障碍). Only a patient with one of
 * them, confirmed, is registered (在册).
 */
public enum SevereDisorder implements ChineseTerm {

	SCHIZOPHRENIA("精神分裂症"), SCHIZOAFFECTIVE_DISORDER("分裂情感性障碍"), PERSISTENT_DELUSIONAL_DISORDER("偏执性精神病"),
	BIPOLAR_DISORDER("双相（情感）障碍"), MENTAL_DISORDER_DUE_TO_EPILEPSY("癫痫所致精神障碍"),
	INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER("精神发育迟滞伴发精神障碍");

	private final String chinese;

	SevereDisorder(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	/**
	 * Which of the six an ICD-10 diagnosis is. F06.x counts only with epilepsy (G40) as
	 * the accompanying code; F70-F79 only with a psychiatric disorder (an F code outside
	 * F70-F79) as the accompanying code.
	 */
	public static SevereDisorder ofIcd10(String code, String accompanyingCode) {
		String main = normalise(code);
		String other = normalise(accompanyingCode);
		if (main.startsWith("F20")) {
			return SCHIZOPHRENIA;
		}
		if (main.startsWith("F25")) {
			return SCHIZOAFFECTIVE_DISORDER;
		}
		if (main.startsWith("F22")) {
			return PERSISTENT_DELUSIONAL_DISORDER;
		}
		if (main.startsWith("F31")) {
			return BIPOLAR_DISORDER;
		}
		if (main.startsWith("F06") && other.startsWith("G40")) {
			return MENTAL_DISORDER_DUE_TO_EPILEPSY;
		}
		if (main.matches("F7\\d.*") && other.startsWith("F") && !other.matches("F7\\d.*")) {
			return INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER;
		}
		throw new InvalidValue("diagnosis.code", "is not one of the six severe mental disorders (F20, F25, F22, F31, "
				+ "F06 with G40, F70-F79 with a psychiatric disorder)");
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase();
	}

}
