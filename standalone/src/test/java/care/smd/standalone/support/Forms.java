package care.smd.standalone.support;

import java.time.LocalDate;

import care.smd.kernel.testing.Samples;

/** JSON request bodies as a client sends them. */
public final class Forms {

	public static final String COMMUNITY = "310105002001";

	private Forms() {
	}

	public static String idNumber(int n) {
		return Samples.idNumber(LocalDate.of(1980, 1, 1).plusDays(n / 900), n % 900 + 1).value();
	}

	public static LocalDate birthDate(int n) {
		return LocalDate.of(1980, 1, 1).plusDays(n / 900);
	}

	public static String registration(int n, String community, String icd10, LocalDate registeredOn) {
		return """
				{"name":"患者%d","sex":"%s","birthDate":"%s","idNumber":"%s","jurisdiction":"%s",
				 "diagnosis":{"code":"%s","hospital":"上海市精神卫生中心","date":"2019-05-01"},
				 "consent":{"given":true,"signedBy":"患者%d","date":"%s"},"registeredOn":"%s",
				 "phone":"13800000000","address":"长宁区华阳路%d号","householdType":"RESIDENT",
				 "guardian":{"name":"家属%d","relation":"母亲","phone":"13900000000"}}
				""".formatted(n, n % 2 == 0 ? "MALE" : "FEMALE", birthDate(n), idNumber(n), community, icd10, n,
				registeredOn, registeredOn, n, n);
	}

	public static String registration(int n) {
		return registration(n, COMMUNITY, "F20.0", LocalDate.of(2024, 1, 10));
	}

	public static String visit(LocalDate date, String form, int danger, String adherence, String hospitalisation) {
		return """
				{"date":"%s","form":"%s","dangerLevel":%d,"adherence":"%s","hospitalisation":"%s","insight":"COMPLETE"}
				""".formatted(date, form, danger, adherence, hospitalisation);
	}

	public static String stableVisit(LocalDate date) {
		return visit(date, "HOME_VISIT", 0, "REGULAR", "NONE");
	}

	/** Every field of the national form. */
	public static String fullVisit(LocalDate date) {
		return """
				{"date":"%s","form":"HOME_VISIT","informants":["PATIENT","GUARDIAN_OR_FAMILY"],"dangerLevel":2,
				 "symptoms":["MOOD_SWINGS","WITHDRAWAL_APATHY"],"otherSymptoms":"偶有失眠","insight":"PARTIAL",
				 "sleep":"FAIR","appetite":"GOOD",
				 "socialFunction":{"selfCare":"GOOD","housework":"FAIR","productiveWork":"NOT_APPLICABLE","learning":"FAIR","socialContact":"POOR"},
				 "dangerousBehaviour":{"minorTrouble":1,"trouble":0,"disaster":0,"otherHarm":0,"selfHarm":0,"attemptedSuicide":0},
				 "lockUp":"NONE","hospitalisation":"DISCHARGED","lastDischargeDate":"2024-11-02","labTests":"血常规正常",
				 "adherence":"INTERMITTENT",
				 "adverseReaction":{"status":"PRESENT","description":"轻度静坐不能","acute":false},
				 "treatmentEffect":"IMPROVED",
				 "referral":{"reason":"症状波动","hospital":"上海市精神卫生中心","department":"普通精神科"},
				 "medication":[{"drug":"利培酮","morningMg":1,"eveningMg":2},{"drug":"棕榈酸帕利哌酮注射液","injectionEveryWeeks":4,"injectionMg":150}],
				 "rehabilitationAdvice":["DAILY_LIVING","SOCIAL_CONTACT"],"rehabilitation":true,"psychologicalSupport":true,
				 "classification":"BASICALLY_STABLE","nextDate":"%s","doctor":"王医生"}
				"""
			.formatted(date, date.plusDays(10));
	}

}
