package care.smd.standalone.careteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
import care.smd.standalone.support.ReadModels;

/**
 * An unstable patient never falls through the gap between community and hospital: every
 * step raises or clears the alert it should, and the calendar raises an overdue follow-up
 * once, however often it is swept.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smd.alerts.sweep-interval=PT0.5S", "smd.alerts.sweep-initial-delay=PT0.5S" })
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class AlertFlowContract {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.axonframework.config.EventProcessingConfiguration processing;

	@Test
	void fromDangerFourThroughHospitalBackToTheCommunity() {
		Api api = new Api(this.port);
		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(6001, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		String base = "/api/patients/" + id;
		Answer danger = api.post("doctor", base + "/follow-ups",
				Forms.visit(LocalDate.of(2026, 11, 2), "HOME_VISIT", 4, "NONE", "NONE"));
		// the calendar sweep may also have raised the overdue first visit (due
		// 2024-01-24) by now
		assertThat(kinds(api.getAfter(danger, "doctor", base + "/alerts"), "OPEN"))
			.contains("DANGER_RAISED", "NEEDS_CARE_TEAM", "ADHERENCE_STOPPED")
			.doesNotContain("DISCHARGED_NOT_SEEN");

		Answer team = api.post("doctor", base + "/care-team",
				"{\"date\":\"2026-11-02\",\"members\":["
						+ "{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"},"
						+ "{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"userId\":\"doctor\",\"lead\":true}]}");
		assertThat(kinds(api.getAfter(team, "doctor", base + "/alerts"), "OPEN")).doesNotContain("NEEDS_CARE_TEAM");
		Answer policeSees = api.getAfter(team, "police", "/api/alerts");
		assertThat(policeSees.body().findValuesAsText("kind")).contains("DANGER_RAISED");
		String dangerAlert = id + ":DANGER_RAISED:2026-11-02";
		assertThat(api.post("police", base + "/alerts/" + dangerAlert + "/acknowledgement", "{\"note\":\"已上门了解情况\"}")
			.status()).isEqualTo(201);

		Answer referral = api.post("doctor", base + "/referrals",
				"{\"date\":\"2026-11-03\",\"reason\":\"危险性4级\",\"urgency\":\"EMERGENCY\",\"hospital\":\"上海市精神卫生中心\"}");
		String referralId = referral.text("id");
		assertThat(api.getAfter(referral, "hospital", "/api/referrals").body().findValuesAsText("referralId"))
			.contains(referralId);
		assertThat(api
			.post("hospital", base + "/referrals/" + referralId + "/outcome",
					"{\"date\":\"2026-11-03\",\"outcome\":\"ADMITTED\"}")
			.status()).isEqualTo(201);
		assertThat(api.post("hospital", base + "/admissions", "{\"date\":\"2026-11-03\",\"hospital\":\"上海市精神卫生中心\"}")
			.status()).isEqualTo(201);
		Answer discharged = api.post("hospital", base + "/discharges",
				"{\"date\":\"2026-11-18\",\"hospital\":\"上海市精神卫生中心\",\"summary\":\"症状缓解\"}");
		assertThat(kinds(api.getAfter(discharged, "doctor", base + "/alerts"), "OPEN")).contains("DISCHARGED_NOT_SEEN");
		Answer due = api.getAfter(discharged, "doctor", "/api/worklists/due?date=2026-12-02");
		assertThat(due.body().path("items").findValuesAsText("patientId")).contains(id);

		Answer seen = api.post("doctor", base + "/follow-ups", Forms.stableVisit(LocalDate.of(2026, 11, 20)));
		Answer resolved = api.post("police", base + "/alerts/" + dangerAlert + "/resolution",
				"{\"resolution\":\"已住院治疗并出院随访\"}");
		assertThat(resolved.status()).isEqualTo(201);
		JsonNode all = api.getAfter(resolved, "doctor", base + "/alerts").body();
		assertThat(kinds(all, "OPEN")).as("everything dealt with").isEmpty();
		assertThat(kinds(all, "ACKNOWLEDGED")).isEmpty();
		assertThat(kinds(all, "RESOLVED")).contains("DANGER_RAISED", "NEEDS_CARE_TEAM", "DISCHARGED_NOT_SEEN");
		assertThat(seen.status()).isEqualTo(201);
		assertThat(api.get("supervisor", "/api/alerts").status()).isEqualTo(403);
	}

	@Test
	void anOverdueFollowUpRaisesOneAlertHoweverOftenTheCalendarIsSwept() throws InterruptedException {
		Api api = new Api(this.port);
		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(6002, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		Answer visit = api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.stableVisit(LocalDate.of(2026, 5, 1)));
		api.getAfter(visit, "doctor", "/api/patients/" + id);
		String overdue = id + ":FOLLOW_UP_OVERDUE:2026-08-01";
		long deadline = System.currentTimeMillis() + 15_000;
		while (!ids(api.get("doctor", "/api/patients/" + id + "/alerts")).contains(overdue)
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		Thread.sleep(2_000);
		List<String> alerts = ids(api.get("doctor", "/api/patients/" + id + "/alerts"));
		assertThat(alerts).containsOnlyOnce(overdue);
		Answer late = api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.stableVisit(LocalDate.of(2026, 11, 20)));
		assertThat(kinds(api.getAfter(late, "doctor", "/api/patients/" + id + "/alerts").body(), "OPEN")).isEmpty();
	}

	@Test
	void newAlertsReachTheStreamOfTheirJurisdictionOnly() throws Exception {
		java.util.concurrent.BlockingQueue<String> doctorHears = listen("doctor");
		java.util.concurrent.BlockingQueue<String> elsewhereHears = listen("doctor2");
		Api api = new Api(this.port);
		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(6003, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.visit(LocalDate.of(2026, 11, 22), "HOME_VISIT", 5, "REGULAR", "NONE"));
		String heard = null;
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			String line = doctorHears.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS);
			if (line != null && line.contains(id + ":DANGER_RAISED")) {
				heard = line;
				break;
			}
		}
		assertThat(heard).as("the doctor's stream announced the alert")
			.isNotNull()
			.contains("\"kind\":\"DANGER_RAISED\"");
		assertThat(elsewhereHears.stream().anyMatch((line) -> line.contains(id))).as("not announced in 如皋").isFalse();

		ReadModels.rebuild(this.processing, "case-views");
		ReadModels.await(java.time.Duration.ofSeconds(60),
				() -> ids(api.get("doctor", "/api/patients/" + id + "/alerts"))
					.contains(id + ":DANGER_RAISED:2026-11-22"));
		Thread.sleep(1_000);
		assertThat(doctorHears.stream().filter((line) -> line.contains(id + ":DANGER_RAISED")))
			.as("a rebuild raises the alert again in the read model, but nobody hears of it twice")
			.isEmpty();
	}

	/** Opens the alert stream as the user; every line received lands in the queue. */
	private java.util.concurrent.BlockingQueue<String> listen(String user) throws InterruptedException {
		java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/alerts/stream"))
			.header("Accept", "text/event-stream")
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.build();
		java.net.http.HttpClient.newHttpClient()
			.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
			.thenAccept((response) -> response.body().forEach(lines::add));
		Thread.sleep(500);
		return lines;
	}

	private static List<String> kinds(Answer answer, String status) {
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		return kinds(answer.body(), status);
	}

	private static List<String> kinds(JsonNode alerts, String status) {
		List<String> kinds = new java.util.ArrayList<>();
		alerts.forEach((alert) -> {
			if (alert.path("status").asText().equals(status)) {
				kinds.add(alert.path("kind").asText());
			}
		});
		return kinds;
	}

	private static List<String> ids(Answer answer) {
		return answer.body().findValuesAsText("id");
	}

}
