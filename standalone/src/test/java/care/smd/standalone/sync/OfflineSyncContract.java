package care.smd.standalone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import care.smd.platform.axon.EventJson;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * A field client registers a patient offline under its own id and queues visits; the
 * queue is replayed twice and out of order and yields the same events as once in order; a
 * write the server can no longer accept comes back as its own clear result.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class OfflineSyncContract {

	private final ObjectMapper json = EventJson.mapper();

	@LocalServerPort
	int port;

	@Autowired
	EventStore events;

	/**
	 * The queue of one patient's round: registration, three visits in three quarters, an
	 * assessment.
	 */
	private List<String> queue(int n, String patientId) {
		String prefix = "item-" + n + "-";
		return List.of(
				item(prefix + 1, "REGISTER_PATIENT", patientId, "2026-01-05T01:00:00Z",
						Forms.registration(n, Forms.COMMUNITY, "F20", LocalDate.of(2026, 1, 5))),
				item(prefix + 2, "RECORD_FOLLOW_UP", patientId, "2026-03-10T01:00:00Z",
						Forms.visit(LocalDate.of(2026, 3, 10), "HOME_VISIT", 1, "REGULAR", "NONE")),
				item(prefix + 3, "ASSESS_RISK", patientId, "2026-05-01T01:00:00Z",
						"{\"date\":\"2026-05-01\",\"dangerLevel\":3}"),
				item(prefix + 4, "RECORD_FOLLOW_UP", patientId, "2026-05-02T01:00:00Z",
						Forms.visit(LocalDate.of(2026, 5, 2), "CLINIC", 3, "INTERMITTENT", "NONE")),
				item(prefix + 5, "RECORD_FOLLOW_UP", patientId, "2026-08-20T01:00:00Z",
						Forms.stableVisit(LocalDate.of(2026, 8, 20))));
	}

	private static String item(String itemId, String kind, String patientId, String queuedAt, String body) {
		return "{\"itemId\":\"" + itemId + "\",\"kind\":\"" + kind + "\",\"patientId\":\"" + patientId
				+ "\",\"queuedAt\":" + (queuedAt == null ? "null" : "\"" + queuedAt + "\"") + ",\"body\":"
				+ body.strip() + "}";
	}

	private static String batch(List<String> items) {
		return "{\"items\":[" + String.join(",", items) + "]}";
	}

	@Test
	void twiceAndOutOfOrderYieldsTheSameEventsAsOnceInOrder() {
		Api api = new Api(this.port);
		String inOrder = UUID.randomUUID().toString();
		Answer once = api.post("doctor", "/api/sync", batch(queue(9001, inOrder)));
		assertThat(once.status()).isEqualTo(200);
		assertThat(once.body().path("applied").asInt()).isEqualTo(5);

		String shuffledId = UUID.randomUUID().toString();
		List<String> shuffled = new ArrayList<>(queue(9002, shuffledId));
		Collections.shuffle(shuffled, new Random(3));
		Collections.reverse(shuffled.subList(0, 3));
		Answer first = api.post("doctor", "/api/sync", batch(shuffled));
		assertThat(first.body().path("applied").asInt()).as(first.raw()).isEqualTo(5);
		Collections.shuffle(shuffled, new Random(11));
		Answer second = api.post("doctor", "/api/sync", batch(shuffled));
		assertThat(second.body().path("alreadyApplied").asInt()).as(second.raw()).isEqualTo(5);
		assertThat(second.body().path("applied").asInt()).isZero();
		for (JsonNode result : second.body().path("results")) {
			JsonNode original = resultOf(first.body(), result.path("itemId").asText());
			assertThat(result.path("result")).as("the first answer again").isEqualTo(original.path("result"));
		}
		assertThat(resultOf(second.body(), "item-9002-5").path("result").path("nextDueDate").asText())
			.isEqualTo("2026-11-20");

		assertThat(comparable(shuffledId)).isEqualTo(comparable(inOrder));
		String token = resultOf(second.body(), "item-9002-5").path("consistencyToken").asText();
		JsonNode view = api.get("doctor", "/api/patients/" + shuffledId, java.util.Map.of("X-Consistency-Token", token))
			.body();
		assertThat(view.path("lastVisitDate").asText()).as("the latest visit by date, not by arrival")
			.isEqualTo("2026-08-20");
		assertThat(view.path("latestClassification").asText()).isEqualTo("STABLE");
	}

	@Test
	void aWriteTheServerCannotTakeComesBackAsItsOwnResult() {
		Api api = new Api(this.port);
		String patient = UUID.randomUUID().toString();
		List<String> queue = queue(9003, patient);
		assertThat(api.post("doctor", "/api/sync", batch(queue.subList(0, 2))).body().path("applied").asInt())
			.isEqualTo(2);
		assertThat(api
			.post("doctor", "/api/patients/" + patient + "/death", "{\"date\":\"2026-04-01\",\"cause\":\"ACCIDENT\"}")
			.status()).as("the case closes online meanwhile").isEqualTo(201);

		String other = UUID.randomUUID().toString();
		List<String> mixed = new ArrayList<>(queue.subList(2, 5));
		mixed.add(item("bad-danger", "RECORD_FOLLOW_UP", other, null,
				Forms.visit(LocalDate.of(2026, 6, 1), "CLINIC", 7, "REGULAR", "NONE")));
		mixed.add(item("item-9003-1", "RECORD_FOLLOW_UP", patient, null, Forms.stableVisit(LocalDate.of(2026, 6, 1))));
		mixed.add("{\"kind\":\"RECORD_FOLLOW_UP\",\"patientId\":\"" + patient + "\",\"body\":{}}");
		mixed.addAll(queue(9004, other).subList(0, 2));
		Answer answer = api.post("doctor", "/api/sync", batch(mixed));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode closed = resultOf(answer.body(), "item-9003-4");
		assertThat(closed.path("outcome").asText()).isEqualTo("REJECTED");
		assertThat(closed.path("problem").path("status").asInt()).isEqualTo(409);
		assertThat(closed.path("problem").path("policy").asText()).isEqualTo("ClinicalRecordsStopAtClosure");
		assertThat(resultOf(answer.body(), "item-9003-3").path("problem").path("policy").asText())
			.isEqualTo("ClinicalRecordsStopAtClosure");
		JsonNode invalid = resultOf(answer.body(), "bad-danger");
		assertThat(invalid.path("problem").path("status").asInt()).isEqualTo(400);
		assertThat(invalid.path("problem").path("errors").findValuesAsText("field")).containsExactly("dangerLevel");
		assertThat(resultOf(answer.body(), "item-9003-1").path("problem").path("type").asText())
			.isEqualTo("urn:problem:smd:item-id-reused");
		assertThat(answer.body().path("results").get(5).path("problem").path("errors").findValuesAsText("field"))
			.containsExactly("items[5].itemId");
		assertThat(resultOf(answer.body(), "item-9004-1").path("outcome").asText()).isEqualTo("APPLIED");
		assertThat(resultOf(answer.body(), "item-9004-2").path("outcome").asText()).isEqualTo("APPLIED");
		assertThat(answer.body().path("rejected").asInt()).isEqualTo(6);
		assertThat(api.post("police", "/api/sync", batch(queue(9005, UUID.randomUUID().toString()))).status())
			.isEqualTo(403);
	}

	private static JsonNode resultOf(JsonNode answer, String itemId) {
		for (JsonNode result : answer.path("results")) {
			if (itemId.equals(result.path("itemId").asText())) {
				return result;
			}
		}
		throw new AssertionError("no result for " + itemId + " in " + answer);
	}

	/** The case's events without what names the case, the person or the item. */
	private List<JsonNode> comparable(String patientId) {
		List<JsonNode> payloads = new ArrayList<>();
		this.events.readEvents(patientId, 0).asStream().forEach((event) -> {
			ObjectNode payload = this.json.valueToTree(event.getPayload());
			payload.remove(List.of("patientId", "followUpId", "person", "guardian", "consent"));
			payload.put("type", event.getPayloadType().getSimpleName());
			payloads.add(payload);
		});
		return payloads;
	}

}
