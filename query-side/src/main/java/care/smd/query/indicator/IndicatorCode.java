package care.smd.query.indicator;

import care.smd.kernel.common.ChineseTerm;

/** The indicators of the plans (domain.md §10), by the codes clients use (api.md). */
enum IndicatorCode implements ChineseTerm {

	registered("在册患者数", true), prevalence("报告患病率（‰）", true), management("管理率", true), standardManagement("规范管理率", true),
	faceToFace("面访率", true), medication("服药率", true), regularMedication("规律服药率", true),
	schizophreniaMedication("精神分裂症服药率", true), stable("病情稳定率", true), rehabilitation("居家患者社区康复参与率", true),
	psychologicalSupport("心理疏导覆盖率", true), riskAssessmentCoverage("综合风险评估覆盖率", true), careTeamCoverage("个案管理覆盖率", true),
	incident("肇事肇祸率", false), lost("失访率", false);

	private final String chinese;

	private final boolean higherIsBetter;

	IndicatorCode(String chinese, boolean higherIsBetter) {
		this.chinese = chinese;
		this.higherIsBetter = higherIsBetter;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	boolean higherIsBetter() {
		return this.higherIsBetter;
	}

}
