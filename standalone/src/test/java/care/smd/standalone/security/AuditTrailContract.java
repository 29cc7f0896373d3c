package care.smd.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Forms;

/** Every case-file read is attributable, and a changed audit entry is found. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class AuditTrailContract {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void caseReadsAreAttributableAndTheChainShowsTampering() {
		Api api = new Api(this.port);
		Answer created = api.post("doctor", "/api/patients",
				Forms.registration(777, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)));
		String id = created.text("id");
		assertThat(api.getAfter(created, "doctor", "/api/patients/" + id).status()).isEqualTo(200);
		assertThat(api.get("doctor2", "/api/patients/" + id).status()).isEqualTo(404);
		assertThat(api.get("supervisor", "/api/indicators?jurisdiction=310105&period=2025&format=csv").status())
			.isEqualTo(200);

		Answer trail = api.get("admin", "/api/audit?patientId=" + id);
		assertThat(trail.status()).isEqualTo(200);
		assertThat(trail.body().findValuesAsText("action")).containsExactly("CASE_READ_REFUSED", "CASE_READ");
		assertThat(trail.body().findValuesAsText("user")).containsExactly("doctor2", "doctor");
		assertThat(trail.body().path(1).path("roles").asText()).isEqualTo("DOCTOR");
		assertThat(trail.body().path(1).path("endpoint").asText()).isEqualTo("GET /api/patients/" + id);
		Answer exports = api.get("admin", "/api/audit?user=supervisor");
		assertThat(exports.body().findValuesAsText("action")).contains("EXPORT");
		assertThat(api.get("doctor", "/api/audit").status()).isEqualTo(403);
		assertThat(api.get("supervisor", "/api/audit/verify").status()).isEqualTo(403);

		JsonNode intact = api.get("admin", "/api/audit/verify").body();
		assertThat(intact.path("intact").asBoolean()).isTrue();
		assertThat(intact.path("entries").asLong()).isGreaterThanOrEqualTo(3);

		long readSequence = trail.body().path(1).path("sequence").asLong();
		this.jdbc.update("update audit_entry set username = 'someone-else' where sequence = ?", readSequence);
		JsonNode tampered = api.get("admin", "/api/audit/verify").body();
		assertThat(tampered.path("intact").asBoolean()).isFalse();
		assertThat(tampered.path("firstBrokenSequence").asLong()).isEqualTo(readSequence);
		assertThat(tampered.path("reason").asText()).isEqualTo("content was changed");

		this.jdbc.update("update audit_entry set username = 'doctor' where sequence = ?", readSequence);
		assertThat(api.get("admin", "/api/audit/verify").body().path("intact").asBoolean()).isTrue();
		this.jdbc.update("delete from audit_entry where sequence = ?", readSequence);
		JsonNode removed = api.get("admin", "/api/audit/verify").body();
		assertThat(removed.path("intact").asBoolean()).isFalse();
		assertThat(removed.path("firstBrokenSequence").asLong()).isEqualTo(readSequence);
	}

}
