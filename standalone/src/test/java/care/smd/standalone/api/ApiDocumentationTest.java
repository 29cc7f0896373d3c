package care.smd.standalone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;

/**
 * The OpenAPI description is complete: every operation says what it does, every JSON
 * request body has an example, and the examples of the everyday writes are accepted by
 * the API as they stand. Swagger UI is served in the demo profile.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	@Test
	void everyOperationIsDescribedAndEveryBodyHasARealExample() {
		Api api = new Api(this.port);
		JsonNode docs = api.get("admin", "/v3/api-docs").body();
		List<String> undescribed = new ArrayList<>();
		List<String> withoutExample = new ArrayList<>();
		docs.path("paths").fields().forEachRemaining((path) -> path.getValue().fields().forEachRemaining((op) -> {
			String name = op.getKey().toUpperCase() + " " + path.getKey();
			if (op.getValue().path("summary").asText().isBlank()) {
				undescribed.add(name);
			}
			JsonNode json = op.getValue().path("requestBody").path("content").path("application/json");
			if (!json.isMissingNode() && json.path("example").isMissingNode()) {
				withoutExample.add(name);
			}
		}));
		assertThat(undescribed).as("operations without a summary").isEmpty();
		assertThat(withoutExample).as("JSON bodies without an example").isEmpty();

		JsonNode paths = docs.path("paths");
		JsonNode registration = example(paths, "/api/patients", "post");
		Answer registered = api.post("doctor", "/api/patients", registration.toString());
		assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
		String id = registered.text("id");
		for (String write : List.of("follow-ups", "risk-assessments", "rehabilitation", "psychological-support",
				"referrals", "care-team", "emergency-handling")) {
			Answer answer = api.post("doctor", "/api/patients/" + id + "/" + write,
					example(paths, "/api/patients/{id}/" + write, "post").toString());
			assertThat(answer.status()).as(write + ": " + answer.raw()).isEqualTo(201);
		}
		assertThat(api.get(null, "/swagger-ui.html").status()).isIn(200, 302);
	}

	private static JsonNode example(JsonNode paths, String path, String method) {
		return paths.path(path)
			.path(method)
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("example");
	}

}
