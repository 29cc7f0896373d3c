package care.smd.standalone.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import care.smd.query.projection.CaseOrderRebuild;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;
import care.smd.standalone.support.ReadModels;

/**
 * One person registered twice (an ID-number typo): the second case is found as a
 * candidate, merged into the first as events, the person then counts once and is
 * standard-managed with the visits of both cases; undoing the merge restores both; and a
 * fresh replay gives the same figures as the live projections.
 */
// no case kept in memory, and a snapshot whenever a case is read with two events or more:
// the duplicate has one when it is merged, and the survivor must still count the
// duplicate's whole record, not the events after its snapshot
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smd.case-snapshot.after=2", "smd.case-cache.size=0" })
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class MergeContract {

	private static final String COMMUNITY = "310105002002";

	private static final String YEAR = "/api/indicators?jurisdiction=" + COMMUNITY + "&period=2025";

	@LocalServerPort
	int port;

	@Autowired
	EventProcessingConfiguration processing;

	@Autowired
	CaseOrderRebuild caseOrder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoCasesOfOnePersonMergeIntoOneThatCountsOnceAndUndoRestoresBoth() throws InterruptedException {
		Api api = new Api(this.port);
		String first = api
			.post("doctor", "/api/patients", Forms.registration(9201, COMMUNITY, "F20", LocalDate.of(2025, 1, 10)))
			.text("id");
		// the same person again, under a mistyped ID number
		String second = api
			.post("doctor", "/api/patients",
					Forms.registration(9202, COMMUNITY, "F20", LocalDate.of(2025, 1, 12)).replace("患者9202", "患者9201"))
			.text("id");
		visit(api, first, LocalDate.of(2025, 2, 15));
		visit(api, first, LocalDate.of(2025, 5, 15));
		visit(api, second, LocalDate.of(2025, 8, 15));
		Answer last = visit(api, second, LocalDate.of(2025, 11, 15));
		api.getAfter(last, "doctor", "/api/patients/" + second);
		ReadModels.await(Duration.ofSeconds(30), () -> indicator(api, "registered").path("numerator").asInt() == 2);
		assertThat(indicator(api, "standardManagement").path("numerator").asInt()).as("neither case alone").isZero();
		assertThat(indicator(api, "standardManagement").path("denominator").asInt()).isEqualTo(2);

		JsonNode candidates = api.get("doctor", "/api/patients/" + first + "/duplicate-candidates").body();
		assertThat(candidates.findValuesAsText("id")).containsExactly(second);
		assertThat(candidates.get(0).path("matchedOn").asText()).isEqualTo("NAME_BIRTH_DATE_GUARDIAN_PHONE");
		assertThat(api.get("doctor", "/api/patients/" + first).body().path("possibleDuplicates").get(0).asText())
			.isEqualTo(second);

		ReadModels.await(Duration.ofSeconds(10),
				() -> this.jdbc.queryForObject(
						"select count(*) from snapshot_event_entry where aggregate_identifier = ?", Integer.class,
						second) == 1);
		String merge = "{\"duplicateId\":\"" + second + "\",\"date\":\"2026-11-20\",\"reason\":\"身份证号录入错误，同一人\"}";
		assertThat(api.post("doctor2", "/api/patients/" + first + "/merges", merge).status())
			.as("outside doctor2's scope")
			.isEqualTo(404);
		assertThat(api
			.post("doctor", "/api/patients/" + first + "/merges",
					"{\"duplicateId\":\"" + first + "\",\"date\":\"2026-11-20\",\"reason\":\"x\"}")
			.status()).isEqualTo(400);
		assertThat(api
			.post("doctor", "/api/patients/" + first + "/merges",
					"{\"duplicateId\":\"" + UUID.randomUUID() + "\",\"date\":\"2026-11-20\",\"reason\":\"x\"}")
			.status()).isEqualTo(404);
		long eventsBefore = events();
		Answer merged = api.post("doctor", "/api/patients/" + first + "/merges", merge);
		assertThat(merged.status()).as(merged.raw()).isEqualTo(201);
		assertThat(events()).as("one event on each case").isEqualTo(eventsBefore + 2);
		assertThat(api.post("doctor", "/api/patients/" + first + "/merges", merge).status()).as("only once")
			.isEqualTo(409);

		// the two halves of a merge live on two cases, which may be projected by
		// different
		// segments: wait until both have reached the rates
		ReadModels.await(Duration.ofSeconds(30), () -> indicator(api, "registered").path("numerator").asInt() == 1
				&& indicator(api, "standardManagement").path("numerator").asInt() == 1);
		JsonNode standard = indicator(api, "standardManagement");
		assertThat(standard.path("numerator").asInt()).as("Q2 from one case, Q3 and Q4 from the other").isEqualTo(1);
		assertThat(standard.path("denominator").asInt()).isEqualTo(1);
		JsonNode survivor = api.get("doctor", "/api/patients/" + first).body();
		assertThat(survivor.path("mergedDuplicates").get(0).asText()).isEqualTo(second);
		assertThat(survivor.path("history").findValuesAsText("type").stream().filter("FollowUpRecorded"::equals))
			.as("both histories")
			.hasSize(4);
		assertThat(survivor.path("history").findValuesAsText("caseId")).contains(first, second);
		JsonNode duplicate = api.get("doctor", "/api/patients/" + second).body();
		assertThat(duplicate.path("status").asText()).isEqualTo("MERGED");
		assertThat(duplicate.path("mergedInto").asText()).isEqualTo(first);
		assertThat(api
			.post("doctor", "/api/patients/" + second + "/follow-ups", Forms.stableVisit(LocalDate.of(2026, 11, 21)))
			.status()).as("a merged case takes no new records").isEqualTo(409);

		String yearBefore = api.get("doctor", YEAR).raw();
		List<Map<String, Object>> timelines = this.jdbc
			.queryForList("select * from q_ind_timeline order by patient_id");
		ReadModels.rebuild(this.processing, "case-views", "indicators");
		ReadModels.await(Duration.ofSeconds(30), () -> api.get("doctor", YEAR).raw().equals(yearBefore));
		assertThat(this.jdbc.queryForList("select * from q_ind_timeline order by patient_id")).as("a fresh replay")
			.isEqualTo(timelines);
		List<Map<String, Object>> views = this.jdbc.queryForList("select * from q_case_view order by id");
		// the merge's two halves on two cases, each case's events handed over together
		this.caseOrder.rebuild("case-views", "indicators");
		ReadModels.await(Duration.ofSeconds(30),
				() -> this.jdbc.queryForObject("select count(*) from q_ind_counters_pending", Integer.class) == 0);
		assertThat(api.get("doctor", YEAR).raw()).isEqualTo(yearBefore);
		assertThat(this.jdbc.queryForList("select * from q_ind_timeline order by patient_id"))
			.as("a rebuild in the order of the cases")
			.isEqualTo(timelines);
		assertThat(this.jdbc.queryForList("select * from q_case_view order by id")).isEqualTo(views);

		Answer undone = api.post("doctor", "/api/patients/" + first + "/merges/" + second + "/undo",
				"{\"date\":\"2026-11-22\",\"reason\":\"核实为两人\"}");
		assertThat(undone.status()).isEqualTo(201);
		assertThat(api
			.post("doctor", "/api/patients/" + first + "/merges/" + second + "/undo",
					"{\"date\":\"2026-11-22\",\"reason\":\"核实为两人\"}")
			.status()).as("nothing left to undo").isEqualTo(409);
		ReadModels.await(Duration.ofSeconds(30), () -> indicator(api, "registered").path("numerator").asInt() == 2
				&& indicator(api, "standardManagement").path("numerator").asInt() == 0);
		assertThat(indicator(api, "standardManagement").path("numerator").asInt()).isZero();
		assertThat(indicator(api, "standardManagement").path("denominator").asInt()).isEqualTo(2);
		JsonNode restored = api.getAfter(undone, "doctor", "/api/patients/" + second).body();
		assertThat(restored.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(api.get("doctor", "/api/patients/" + first).body().path("history").findValuesAsText("caseId"))
			.containsOnly(first);
	}

	private static Answer visit(Api api, String id, LocalDate day) {
		Answer answer = api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.visit(day, "HOME_VISIT", 1, "REGULAR", "NONE"));
		assertThat(answer.status()).isEqualTo(201);
		return answer;
	}

	private static JsonNode indicator(Api api, String code) {
		for (JsonNode indicator : api.get("doctor", YEAR).body().path("indicators")) {
			if (indicator.path("code").asText().equals(code)) {
				return indicator;
			}
		}
		throw new AssertionError("no " + code);
	}

	private long events() {
		return this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

}
