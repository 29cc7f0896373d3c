package care.smd.standalone.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.AdjustableClock;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Forms;

/**
 * Break the glass: a case outside one's scope is refused, opens for three hours after a
 * stated reason, and is refused again once that time has passed; the grant, its reason
 * and every read under it are in the audit trail and the admins' review.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(AdjustableClock.class)
abstract class EmergencyAccessContract {

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock.Movable clock;

	@Test
	void refusedThenOpenForThreeHoursWithAReasonThenRefusedAgain() {
		Api api = new Api(this.port);
		Answer registered = api.post("doctor", "/api/patients",
				Forms.registration(8001, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)));
		String base = "/api/patients/" + registered.text("id");
		api.getAfter(registered, "doctor", base);

		assertThat(api.get("doctor2", base).status()).as("outside doctor2's scope").isEqualTo(404);
		assertThat(api.post("doctor2", base + "/emergency-access", "{\"reason\":\"  \"}").status())
			.as("a reason is required")
			.isEqualTo(400);
		assertThat(api.post("supervisor", base + "/emergency-access", "{\"reason\":\"核查\"}").status())
			.as("never for roles without case files")
			.isEqualTo(403);
		assertThat(api
			.post("doctor2", "/api/patients/" + java.util.UUID.randomUUID() + "/emergency-access",
					"{\"reason\":\"急诊\"}")
			.status()).isEqualTo(404);

		Instant grantedAt = this.clock.instant();
		Answer granted = api.post("doctor2", base + "/emergency-access", "{\"reason\":\"患者在如皋急诊就诊，需了解用药史\"}");
		assertThat(granted.status()).isEqualTo(201);
		assertThat(Instant.parse(granted.text("expiresAt"))).isEqualTo(grantedAt.plus(Duration.ofHours(3)));
		JsonNode file = api.get("doctor2", base).body();
		assertThat(file.path("history").isArray()).as("the full case file").isTrue();
		assertThat(api.get("doctor2", "/api/patients/" + java.util.UUID.randomUUID()).status()).as("only the one case")
			.isEqualTo(404);

		assertThat(api.post("hospital", base + "/emergency-access", "{\"reason\":\"急诊抢救\"}").status()).isEqualTo(201);
		assertThat(api.get("hospital", base).body().path("history").isArray()).isTrue();
		assertThat(api.post("police", base + "/emergency-access", "{\"reason\":\"110接警，现场处置\"}").status())
			.isEqualTo(201);
		JsonNode minimal = api.get("police", base).body();
		assertThat(minimal.path("name").asText()).isNotEmpty();
		assertThat(minimal.has("history")).as("a police officer sees only what they need to act").isFalse();
		assertThat(minimal.has("disorder")).isFalse();

		this.clock.advance(Duration.ofHours(2).plusMinutes(59));
		assertThat(api.get("doctor2", base).status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(api.get("doctor2", base).status()).as("expired").isEqualTo(404);
		assertThat(api.get("police", base).status()).isEqualTo(404);

		JsonNode review = api.get("admin", "/api/emergency-access").body();
		JsonNode doctor2 = null;
		for (JsonNode grant : review) {
			if (grant.path("user").asText().equals("doctor2")) {
				doctor2 = grant;
			}
		}
		assertThat(doctor2).isNotNull();
		assertThat(doctor2.path("reason").asText()).isEqualTo("患者在如皋急诊就诊，需了解用药史");
		assertThat(doctor2.path("reads").asLong()).as("reads within the three hours").isEqualTo(2);
		assertThat(api.get("doctor", "/api/emergency-access").status()).isEqualTo(403);

		JsonNode audit = api.get("admin", "/api/audit?user=doctor2&patientId=" + registered.text("id")).body();
		assertThat(audit.findValuesAsText("action")).contains("EMERGENCY_ACCESS", "CASE_READ_EMERGENCY",
				"CASE_READ_REFUSED");
		for (JsonNode entry : audit) {
			if (entry.path("action").asText().equals("EMERGENCY_ACCESS")) {
				assertThat(entry.path("reason").asText()).isEqualTo("患者在如皋急诊就诊，需了解用药史");
			}
		}
		assertThat(api.get("admin", "/api/audit/verify").body().path("intact").asBoolean()).isTrue();
	}

}
