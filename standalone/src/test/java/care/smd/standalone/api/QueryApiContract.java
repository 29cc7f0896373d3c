package care.smd.standalone.api;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;
import care.smd.standalone.support.ScenarioDriver;

/**
 * The read API: search, due worklist, plans and targets, breakdown, CSV, jurisdiction
 * registry, scope.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class QueryApiContract {

	@LocalServerPort
	int port;

	Api api;

	ScenarioDriver s;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
		this.s = new ScenarioDriver(this.api);
	}

	@Test
	void theDueWorklistPutsHighRiskFirstThenTheMostOverdue() {
		Answer loaded = this.api.send("admin", "POST", "/api/jurisdictions",
				"code,name,population\n320682100002,如城第二社区,4800\n", Map.of("Content-Type", "text/csv"));
		assertThat(loaded.status()).as(loaded.raw()).isEqualTo(200);
		String community = "320682100002";
		String stable = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.homeVisit(stable, of(2026, 6, 1));
		String unstable = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.visit(unstable, of(2026, 11, 1), "HOME_VISIT", 4, "NONE", "NONE");
		String overdue = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.homeVisit(overdue, of(2026, 3, 1));
		String notDue = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.homeVisit(notDue, of(2026, 11, 20));
		String inHospital = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.admit(inHospital, of(2026, 10, 1));
		this.s.rates(community, "2026");
		Answer due = this.api.get("doctor2", "/api/worklists/due?jurisdiction=" + community + "&date=2026-11-23");
		assertThat(due.status()).as(due.raw()).isEqualTo(200);
		List<String> order = due.body().path("items").findValuesAsText("patientId");
		// unstable (due 2026-11-15, 8 days), then stable ones by days overdue: 2026-06-01
		// (due 09-01, 83 days)
		// before 2026-03-01 visit (due 06-01) -> 175 days first. Not due and in-hospital
		// cases are absent.
		assertThat(order).containsExactly(unstable, overdue, stable);
		JsonNode first = due.body().path("items").path(0);
		assertThat(first.path("highRisk").asBoolean()).isTrue();
		assertThat(first.path("daysOverdue").asLong()).isEqualTo(8);
		assertThat(due.body().path("items").path(1).path("daysOverdue").asLong()).isEqualTo(175);
	}

	@Test
	void theDueWorklistComesInPagesSortedByTheDatabase() {
		String community = "320682100003";
		this.s.jurisdiction(community, "如城第三社区", 5100);
		// high-risk by its danger assessment alone: classified stable at its visit
		String assessedDangerous = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.homeVisit(assessedDangerous, of(2026, 6, 1));
		this.s.risk(assessedDangerous, of(2026, 11, 10), 3);
		String unstable = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.visit(unstable, of(2026, 11, 1), "HOME_VISIT", 4, "NONE", "NONE");
		String mostOverdue = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.homeVisit(mostOverdue, of(2026, 3, 1));
		String overdue = this.s.patient(community, "F20", of(2025, 1, 1));
		this.s.homeVisit(overdue, of(2026, 6, 1));
		this.s.rates(community, "2026");
		String list = "/api/worklists/due?jurisdiction=" + community + "&date=2026-11-23";

		Answer first = this.api.get("doctor2", list + "&size=3");
		assertThat(first.status()).as(first.raw()).isEqualTo(200);
		assertThat(first.body().path("items").findValuesAsText("patientId")).containsExactly(assessedDangerous,
				unstable, mostOverdue);
		assertThat(first.body().path("count").asLong()).isEqualTo(4);
		assertThat(first.body().path("items").path(0).path("highRisk").asBoolean()).isTrue();
		assertThat(first.body().path("items").path(0).path("classification").asText()).isEqualTo("STABLE");
		Answer second = this.api.get("doctor2", list + "&size=3&page=1");
		assertThat(second.body().path("items").findValuesAsText("patientId")).containsExactly(overdue);
		assertThat(second.body().path("count").asLong()).isEqualTo(4);
		assertThat(second.body().path("page").asInt()).isEqualTo(1);
		assertThat(this.api.get("doctor2", list).body().path("items").findValuesAsText("patientId"))
			.containsExactly(assessedDangerous, unstable, mostOverdue, overdue);

		for (String bad : List.of("&size=0", "&size=501", "&page=-1")) {
			Answer refused = this.api.get("doctor2", list + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.body().path("errors").path(0).path("field").asText()).as(refused.raw())
				.isEqualTo("size");
		}
	}

	@Test
	void everyListSaysHowManyItHoldsAndComesInPages() {
		String community = "320682100004";
		this.s.jurisdiction(community, "如城第四社区", 5200);
		this.s.jurisdiction("320682100005", "如城第五社区", 4900);
		List<String> patients = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String id = this.s.patient(community, "F20", of(2025, 1, 1));
			this.s.visit(id, of(2026, 11, 1 + i), "HOME_VISIT", 4, "NONE", "NONE");
			patients.add(id);
		}
		for (String id : patients) {
			Answer referred = this.api.post("admin", "/api/patients/" + id + "/referrals",
					"{\"date\":\"2026-11-05\",\"reason\":\"复发\",\"urgency\":\"EMERGENCY\",\"hospital\":\"如皋市第四人民医院\"}");
			assertThat(referred.status()).as(referred.raw()).isEqualTo(201);
			Answer proposed = this.api.post("admin", "/api/patients/" + id + "/transfers",
					"{\"date\":\"2026-11-06\",\"toJurisdiction\":\"320682100005\"}");
			assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
		}
		this.s.rates(community, "2026");

		assertThat(pagesAgree("/api/patients?jurisdiction=" + community).findValuesAsText("id"))
			.containsExactlyInAnyOrderElementsOf(patients);
		assertThat(pagesAgree("/api/alerts?jurisdiction=" + community).findValuesAsText("kind"))
			.as("a danger of 4 raises its alert and asks for a care team, for each of the three")
			.filteredOn((kind) -> kind.equals("DANGER_RAISED") || kind.equals("NEEDS_CARE_TEAM"))
			.hasSize(6);
		assertThat(pagesAgree("/api/transfers?jurisdiction=320682100005").findValuesAsText("patientId"))
			.containsExactlyInAnyOrderElementsOf(patients);
		assertThat(pagesAgree("/api/referrals?open=true").findValuesAsText("patientId")).containsAll(patients);
		for (String list : List.of("/api/patients?size=501", "/api/alerts?page=-1", "/api/referrals?size=0",
				"/api/transfers?size=501")) {
			Answer refused = this.api.get("doctor2", list);
			assertThat(refused.status()).as(list).isEqualTo(400);
			assertThat(refused.body().path("errors").path(0).path("field").asText()).as(refused.raw())
				.isEqualTo("size");
		}
	}

	/**
	 * The whole list (one page of 500) has its size in X-Total-Count, and its pages of
	 * two, read one after another, are the whole list in order.
	 */
	private JsonNode pagesAgree(String list) {
		String separator = list.contains("?") ? "&" : "?";
		Answer whole = this.api.get("doctor2", list + separator + "size=500");
		assertThat(whole.status()).as(whole.raw()).isEqualTo(200);
		int total = whole.body().size();
		assertThat(whole.header("X-Total-Count")).as(list).isEqualTo(Integer.toString(total));
		List<String> paged = new java.util.ArrayList<>();
		for (int page = 0; page * 2 < total; page++) {
			Answer part = this.api.get("doctor2", list + separator + "size=2&page=" + page);
			assertThat(part.header("X-Total-Count")).as(list).isEqualTo(Integer.toString(total));
			assertThat(part.body().size()).as(list + " page " + page).isEqualTo(Math.min(2, total - page * 2));
			part.body().forEach((item) -> paged.add(item.toString()));
		}
		List<String> all = new java.util.ArrayList<>();
		whole.body().forEach((item) -> all.add(item.toString()));
		assertThat(paged).as(list).isEqualTo(all);
		return whole.body();
	}

	@Test
	void searchFindsCasesByNameIdNumberStatusAndClassificationWithinScope() {
		Answer created = this.api.post("doctor", "/api/patients",
				Forms.registration(4242, "310105005001", "F20", of(2025, 1, 1)));
		String id = created.text("id");
		Answer visit = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.visit(of(2026, 5, 1), "CLINIC", 3, "REGULAR", "NONE"));
		String name = URLEncoder.encode("患者4242", StandardCharsets.UTF_8);
		assertThat(ids(this.api.getAfter(visit, "doctor", "/api/patients?name=" + name))).containsExactly(id);
		assertThat(ids(this.api.get("doctor", "/api/patients?idNumber=" + Forms.idNumber(4242)))).containsExactly(id);
		assertThat(ids(this.api.get("doctor", "/api/patients?classification=UNSTABLE&jurisdiction=310105005")))
			.contains(id);
		assertThat(ids(this.api.get("doctor", "/api/patients?status=DECEASED&jurisdiction=310105005")))
			.doesNotContain(id);
		assertThat(ids(this.api.get("doctor", "/api/patients?overdue=true&jurisdiction=310105005001"))).contains(id);
		assertThat(ids(this.api.get("doctor2", "/api/patients?name=" + name))).isEmpty();
		assertThat(this.api.get("doctor2", "/api/patients/" + id).status()).isEqualTo(404);
		assertThat(this.api.get("supervisor", "/api/patients/" + id).status()).isEqualTo(403);
		assertThat(this.api.get("doctor", "/api/patients?jurisdiction=320682").status()).isEqualTo(400);
	}

	@Test
	void thePoliceViewOfATeamCaseHasNoClinicalField() {
		Answer created = this.api.post("doctor", "/api/patients",
				Forms.registration(5150, "310105002001", "F20", of(2024, 1, 10)));
		String id = created.text("id");
		this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.fullVisit(of(2025, 3, 14)));
		this.api.post("doctor", "/api/patients/" + id + "/risk-assessments",
				"{\"date\":\"2025-03-20\",\"dangerLevel\":4}");
		Answer team = this.api
			.post("doctor", "/api/patients/" + id + "/care-team", "{\"date\":\"2025-03-21\",\"members\":"
					+ "[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"},{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"userId\":\"doctor\"}]}");
		Answer view = this.api.getAfter(team, "police", "/api/patients/" + id);
		assertThat(view.status()).as(view.raw()).isEqualTo(200);
		assertThat(view.text("name")).isEqualTo("患者5150");
		assertThat(view.text("address")).isEqualTo("长宁区华阳路5150号");
		assertThat(view.text("phone")).isEqualTo("13800000000");
		assertThat(view.body().path("guardian").path("phone").asText()).isEqualTo("13900000000");
		assertThat(view.body().path("dangerLevel").asInt()).isEqualTo(4);
		assertThat(view.body().path("highRisk").asBoolean()).isTrue();
		assertThat(iterable(view.body().fieldNames())).containsExactlyInAnyOrder("id", "name", "address", "phone",
				"guardian", "status", "dangerLevel", "highRisk", "teamRoles");
		assertThat(view.raw()).doesNotContain("F20", "SCHIZOPHRENIA", "diagnosis", "利培酮", "medication", "history",
				"symptoms", "insight", "classification", "MOOD_SWINGS", "上海市精神卫生中心", "adherence");
		String other = this.api
			.post("doctor", "/api/patients", Forms.registration(5151, "310105002001", "F20", of(2024, 1, 10)))
			.text("id");
		assertThat(this.api.getAfter(team, "police", "/api/patients/" + other).status()).isEqualTo(404);
	}

	@Test
	void aHospitalSeesTheOpenReferralsAddressedToIt() {
		String here = this.s.patient("310105002002", "F20", of(2024, 1, 10));
		String elsewhere = this.s.patient("320682100001", "F20", of(2024, 1, 10));
		String mine = referral(here, "上海市精神卫生中心", "ROUTINE");
		String urgent = referral(here, "上海市精神卫生中心", "EMERGENCY");
		referral(here, "其他医院", "EMERGENCY");
		referral(elsewhere, "上海市精神卫生中心", "ROUTINE");
		String decided = referral(here, "上海市精神卫生中心", "ROUTINE");
		Answer outcome = this.api.post("hospital", "/api/patients/" + here + "/referrals/" + decided + "/outcome",
				"{\"date\":\"2025-03-03\",\"outcome\":\"NOT_ADMITTED\",\"reason\":\"门诊治疗即可\"}");
		assertThat(outcome.status()).as(outcome.raw()).isEqualTo(201);
		Answer inbox = this.api.getAfter(outcome, "hospital", "/api/referrals");
		assertThat(inbox.body().findValuesAsText("referralId")).containsExactly(urgent, mine);
		assertThat(inbox.body().path(0).path("patientName").asText()).startsWith("患者");
		assertThat(this.api.get("hospital", "/api/referrals?open=false").body().findValuesAsText("referralId"))
			.contains(decided)
			.hasSize(3);
		assertThat(this.api.get("doctor", "/api/referrals").body().findValuesAsText("referralId"))
			.contains(mine, urgent)
			.doesNotContain(decided);
		assertThat(this.api.get("supervisor", "/api/referrals").status()).isEqualTo(403);
	}

	private String referral(String patient, String hospital, String urgency) {
		Answer answer = this.api.post("admin", "/api/patients/" + patient + "/referrals",
				"{\"date\":\"2025-03-01\",\"reason\":\"复发\",\"urgency\":\"" + urgency + "\",\"hospital\":\"" + hospital
						+ "\"}");
		assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
		return answer.text("id");
	}

	private static List<String> iterable(java.util.Iterator<String> names) {
		List<String> list = new java.util.ArrayList<>();
		names.forEachRemaining(list::add);
		return list;
	}

	@Test
	void plansCarryTargetsGapsAndWhetherTheyAreMet() {
		Answer plans = this.api.get("supervisor", "/api/plans");
		assertThat(plans.body().findValuesAsText("code")).contains("national-2018", "national-2021", "changning-2021",
				"rugao-2024");
		Answer changning = this.api.get("supervisor", "/api/indicators?jurisdiction=310105&period=2025");
		assertThat(changning.text("plan")).isEqualTo("changning-2021");
		assertThat(indicator(changning, "standardManagement").path("target").asDouble()).isEqualTo(0.995);
		assertThat(indicator(changning, "faceToFace").path("target").asDouble()).isEqualTo(0.93);
		Answer rugao = this.api.get("admin", "/api/indicators?jurisdiction=320682&period=2025");
		assertThat(rugao.text("plan")).isEqualTo("rugao-2024");
		assertThat(indicator(rugao, "prevalence").path("target").asDouble()).isEqualTo(5.0);

		Answer added = this.api.post("supervisor", "/api/plans",
				"{\"code\":\"test-plan\",\"name\":\"测试方案\",\"targets\":{\"management\":0.5,\"lost\":0.02}}");
		assertThat(added.status()).as(added.raw()).isEqualTo(201);
		assertThat(this.api
			.send("supervisor", "PUT", "/api/plans/assignments/310105005", "{\"plan\":\"test-plan\"}", Map.of())
			.status()).isEqualTo(200);
		String id = this.s.patient("310105005001", "F20", of(2024, 1, 1));
		this.s.homeVisit(id, of(2025, 3, 1));
		String lost = this.s.patient("310105005001", "F20", of(2024, 1, 1));
		this.s.markLost(lost, of(2025, 3, 1));
		JsonNode report = this.s.rates("310105005", "2025").report();
		assertThat(report.path("plan").asText()).isEqualTo("test-plan");
		assertThat(this.s.rates("310105005001", "2025").report().path("plan").asText())
			.as("the nearest of two enclosing assignments")
			.isEqualTo("test-plan");
		this.s.jurisdiction("310105011", "另一街道", 20_000);
		assertThat(this.s.rates("310105011", "2025").report().path("plan").asText())
			.as("a sibling keeps the district's")
			.isEqualTo("changning-2021");
		JsonNode management = find(report, "management");
		assertThat(management.path("meetsTarget").asBoolean()).isEqualTo(management.path("rate").asDouble() >= 0.5);
		assertThat(management.path("gap").asDouble()).isCloseTo(0.5 - management.path("rate").asDouble(),
				org.assertj.core.data.Offset.offset(1e-9));
		JsonNode lostRate = find(report, "lost");
		assertThat(lostRate.path("gap").asDouble()).as("lower is better for the lost rate")
			.isCloseTo(lostRate.path("rate").asDouble() - 0.02, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(this.api
			.post("doctor", "/api/plans", "{\"code\":\"x\",\"name\":\"x\",\"targets\":{\"management\":0.5}}")
			.status()).isEqualTo(403);
		assertThat(this.api
			.post("supervisor", "/api/plans", "{\"code\":\"x\",\"name\":\"x\",\"targets\":{\"management\":5}}")
			.status()).isEqualTo(400);
		assertThat(this.api
			.post("supervisor", "/api/plans", "{\"code\":\"x\",\"name\":\"x\",\"targets\":{\"nonsense\":0.5}}")
			.status()).isEqualTo(400);
	}

	@Test
	void aReportIsHeldToThePlanAskedForAndNamesTheFieldItCannotRead() {
		Answer chosen = this.api.get("supervisor",
				"/api/indicators?jurisdiction=310105&period=2025&plan=national-2018");
		assertThat(chosen.status()).as(chosen.raw()).isEqualTo(200);
		assertThat(chosen.text("plan")).as("asked for, over the district's assignment").isEqualTo("national-2018");
		assertThat(chosen.text("name")).isNotBlank();
		assertThat(indicator(chosen, "medication").path("target").asDouble()).isEqualTo(0.80);
		Answer national = this.api.get("admin", "/api/indicators?period=2025&plan=rugao-2024");
		assertThat(national.text("plan")).isEqualTo("rugao-2024");
		assertThat(national.text("jurisdiction")).isEmpty();
		assertThat(national.text("name")).isEqualTo("全国");
		long provinces = 0;
		for (JsonNode province : this.api.get("admin", "/api/jurisdictions").body().path("children")) {
			provinces += province.path("population").asLong();
		}
		assertThat(provinces).isPositive();
		assertThat(indicator(national, "prevalence").path("denominator").asLong())
			.as("the country's population is its provinces'")
			.isEqualTo(provinces);
		assertThat(this.api.get("admin", "/api/indicators?period=2025").text("plan")).isEqualTo("national-2021");
		for (String[] bad : new String[][] { { "jurisdiction=310105&period=2025&plan=nonsense", "plan" },
				{ "period=2025&plan=nonsense", "plan" }, { "jurisdiction=310199&period=2025", "jurisdiction" },
				{ "jurisdiction=310199&period=2025&plan=national-2018", "jurisdiction" } }) {
			Answer refused = this.api.get("admin", "/api/indicators?" + bad[0]);
			assertThat(refused.status()).as(bad[0]).isEqualTo(400);
			assertThat(refused.body().path("errors").path(0).path("field").asText()).as(refused.raw())
				.isEqualTo(bad[1]);
		}
	}

	@Test
	void theBreakdownShowsTheCommunitiesFurthestBehindFirstAndExportsCsv() {
		this.s.jurisdiction("310105009", "测试街道", 20_000);
		this.s.jurisdiction("310105009001", "甲居委", 5_000);
		this.s.jurisdiction("310105009002", "乙居委", 5_000);
		this.s.jurisdiction("310105009003", "丙居委", 5_000);
		// 甲: 2 of 2 seen every quarter; 乙: 0 of 2; 丙: 1 of 2.
		for (String community : List.of("310105009001", "310105009002", "310105009003")) {
			for (int i = 0; i < 2; i++) {
				String id = this.s.patient(community, "F20", of(2024, 1, 1));
				boolean seen = community.endsWith("1") || (community.endsWith("3") && i == 0);
				if (seen) {
					for (int month : new int[] { 2, 5, 8, 11 }) {
						this.s.homeVisit(id, of(2025, month, 1));
					}
				}
			}
		}
		this.s.rates("310105009", "2025").expect("standardManagement", 3, 6);
		Answer breakdown = this.api.get("supervisor",
				"/api/indicators/breakdown?jurisdiction=310105009&period=2025&indicator=standardManagement");
		assertThat(breakdown.status()).as(breakdown.raw()).isEqualTo(200);
		assertThat(breakdown.body().path("children").findValuesAsText("jurisdiction")).containsExactly("310105009002",
				"310105009003", "310105009001");
		Answer csv = this.api.get("supervisor",
				"/api/indicators/breakdown?jurisdiction=310105009&period=2025&format=csv");
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		List<String> lines = csv.raw().replace("\uFEFF", "").lines().toList();
		assertThat(lines.get(0)).startsWith("jurisdiction,name,period,asOf,plan,indicator");
		assertThat(lines).contains(
				"310105009002,乙居委,2025,2025-12-31,changning-2021,standardManagement,规范管理率,0,2,0.0,0.995,0.995,false");
		assertThat(lines).hasSize(1 + 3 * 15);
		assertThat(this.api.get("supervisor", "/api/indicators?jurisdiction=320682&period=2025").status())
			.isEqualTo(400);
		assertThat(this.api.get("police", "/api/indicators?jurisdiction=310105&period=2025").status()).isEqualTo(403);
		assertThat(this.api.get("supervisor", "/api/indicators?jurisdiction=310105&period=2025-Q5").status())
			.isEqualTo(400);
	}

	@Test
	void aLevelListsItsOwnChildrenAndNothingBelowOrBeside() {
		Answer last = null;
		for (String code : List.of("45", "4501", "450102", "450103", "450102001", "450102001001", "450102001099", "46",
				"4601", "460102")) {
			last = this.api.put("admin", "/api/jurisdictions/" + code, "{\"name\":\"n" + code + "\",\"population\":1}");
			assertThat(last.status()).as(last.raw()).isIn(200, 201);
		}
		assertThat(children(last, "45")).containsExactly("4501");
		assertThat(children(last, "4501")).containsExactly("450102", "450103");
		assertThat(children(last, "450102")).containsExactly("450102001");
		assertThat(children(last, "450102001")).containsExactly("450102001001", "450102001099");
		assertThat(children(last, "450102001001")).isEmpty();
		assertThat(children(last, "")).contains("45", "46").allMatch((code) -> code.length() == 2);
	}

	private List<String> children(Answer after, String code) {
		Answer level = this.api.getAfter(after, "admin", "/api/jurisdictions?code=" + code);
		assertThat(level.status()).as(level.raw()).isEqualTo(200);
		return level.body().path("children").findValuesAsText("code");
	}

	@Test
	void aBadJurisdictionFileRecordsNothing() {
		Answer bad = this.api.send("admin", "POST", "/api/jurisdictions",
				"310105010,新街道,30000\n310105010001,x\n31010501000A,y,1\n310105010002,z,-5\n",
				Map.of("Content-Type", "text/csv"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().path("errors").findValuesAsText("line")).containsExactly("2", "3", "4");
		Answer good = this.api.send("admin", "POST", "/api/jurisdictions",
				"310105010,新街道,30000\n310105010001,新居委,3000\n", Map.of("Content-Type", "text/csv"));
		assertThat(good.body().path("created").asInt()).as(good.raw()).isEqualTo(2);
		Answer again = this.api.send("admin", "POST", "/api/jurisdictions",
				"310105010,新街道,30000\n310105010001,新居委,3000\n", Map.of("Content-Type", "text/csv"));
		assertThat(again.body().path("created").asInt()).isZero();
	}

	private static List<String> ids(Answer answer) {
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return answer.body().findValuesAsText("id");
	}

	private static JsonNode indicator(Answer answer, String code) {
		return find(answer.body(), code);
	}

	private static JsonNode find(JsonNode report, String code) {
		for (JsonNode indicator : report.path("indicators")) {
			if (indicator.path("code").asText().equals(code)) {
				return indicator;
			}
		}
		throw new AssertionError(code);
	}

}
