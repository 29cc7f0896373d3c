package care.smd.kernel.jurisdiction;

import care.smd.kernel.common.ChineseTerm;

public enum JurisdictionLevel implements ChineseTerm {

	PROVINCE(2, "省"), PREFECTURE(4, "市"), COUNTY(6, "区县"), TOWNSHIP(9, "街道乡镇"), COMMUNITY(12, "村居委");

	private final int codeLength;

	private final String chinese;

	JurisdictionLevel(int codeLength, String chinese) {
		this.codeLength = codeLength;
		this.chinese = chinese;
	}

	static JurisdictionLevel ofLength(int length) {
		for (JurisdictionLevel level : values()) {
			if (level.codeLength == length) {
				return level;
			}
		}
		return null;
	}

	public int codeLength() {
		return this.codeLength;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
