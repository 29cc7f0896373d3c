package care.smd.kernel.followup;

import care.smd.kernel.common.ChineseTerm;

/** 躯体疾病死因 */
public enum SomaticCause implements ChineseTerm {

	INFECTIOUS("传染病和寄生虫病"), TUMOUR("肿瘤"), HEART("心脏病"), CEREBROVASCULAR("脑血管病"), RESPIRATORY("呼吸系统疾病"),
	DIGESTIVE("消化系统疾病"), OTHER("其他疾病"), UNKNOWN("不详");

	private final String chinese;

	SomaticCause(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
