package care.smd.standalone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import care.smd.standalone.support.HibernateStatistics;
import care.smd.standalone.support.ReadModels;

/**
 * Alerts reach the people who chose them, outside the application: a webhook receiver
 * that fails the first two tries gets each alert exactly once, signed; an SMS goes to the
 * police officer of the case's team; nobody gets an alert they could not see; a rebuild
 * of the read models sends nothing again.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smd.notifications.dispatch-interval=PT0.2S", "smd.notifications.retry-base=PT0.3S" })
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class NotificationContract {

	private static final String SECRET = "webhook-secret-0123456789";

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * What the receiver got: path, delivery id, timestamp, signature, body, answered
	 * status.
	 */
	record Received(String path, String delivery, String timestamp, String signature, String body, int answered) {
	}

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> triesPerDelivery = new ConcurrentHashMap<>();

	private HttpServer receiver;

	@LocalServerPort
	int port;

	@Autowired
	EventProcessingConfiguration processing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseOrderRebuild caseOrder;

	@Autowired
	EntityManagerFactory persistence;

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/", this::receive);
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	/** Fails the first two tries of every delivery, as a receiver having a bad minute. */
	private void receive(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String delivery = exchange.getRequestHeaders().getFirst("X-SMD-Delivery");
		int tries = this.triesPerDelivery.computeIfAbsent(delivery, (d) -> new AtomicInteger()).incrementAndGet();
		int status = tries <= 2 ? 500 : 200;
		this.received.add(new Received(exchange.getRequestURI().getPath(), delivery,
				exchange.getRequestHeaders().getFirst("X-SMD-Timestamp"),
				exchange.getRequestHeaders().getFirst("X-SMD-Signature"), body, status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + path;
	}

	@Test
	void eachAlertArrivesOnceSignedDespiteAReceiverThatFailsTwice() throws Exception {
		Api api = new Api(this.port);
		Answer doctor = api.post("doctor", "/api/notifications/subscriptions", "{\"channel\":\"WEBHOOK\",\"address\":\""
				+ url("/doctor") + "\",\"secret\":\"" + SECRET + "\",\"kinds\":[\"DANGER_RAISED\"]}");
		assertThat(doctor.status()).as(doctor.raw()).isEqualTo(201);
		assertThat(doctor.body().has("secret")).as("the secret is never shown again").isFalse();
		Answer police = api.post("police", "/api/notifications/subscriptions",
				"{\"channel\":\"SMS\",\"address\":\"13700000000\",\"kinds\":[\"DANGER_RAISED\"]}");
		assertThat(police.status()).isEqualTo(201);
		Answer national = api.post("admin", "/api/notifications/subscriptions",
				"{\"channel\":\"SMS\",\"address\":\"13700000001\",\"kinds\":[\"DANGER_RAISED\"]}");
		assertThat(national.status()).as(national.raw()).isEqualTo(201);
		Answer elsewhere = api.post("doctor2", "/api/notifications/subscriptions",
				"{\"channel\":\"WEBHOOK\",\"address\":\"" + url("/doctor2") + "\",\"secret\":\"" + SECRET + "\"}");
		assertThat(elsewhere.status()).isEqualTo(201);

		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(9101, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		String base = "/api/patients/" + id;
		api.post("doctor", base + "/care-team",
				"{\"date\":\"2026-11-01\",\"members\":[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"},"
						+ "{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"userId\":\"doctor\",\"lead\":true}]}");
		Answer danger = api.post("doctor", base + "/follow-ups",
				Forms.visit(LocalDate.of(2026, 11, 2), "HOME_VISIT", 4, "REGULAR", "NONE"));
		assertThat(danger.status()).isEqualTo(201);
		String alertId = id + ":DANGER_RAISED:2026-11-02";

		JsonNode delivered = awaitDelivered(api, "doctor", doctor.text("id"));
		assertThat(delivered.path("alertId").asText()).isEqualTo(alertId);
		assertThat(delivered.path("attempts").asInt()).isEqualTo(3);
		assertThat(delivered.path("log").findValuesAsText("outcome")).containsExactly("HTTP 500", "HTTP 500",
				"delivered");

		List<Received> toDoctor = this.received.stream().filter((r) -> r.path().equals("/doctor")).toList();
		assertThat(toDoctor).hasSize(3);
		assertThat(toDoctor.stream().filter((r) -> r.answered() == 200)).as("accepted exactly once").hasSize(1);
		assertThat(toDoctor.stream().map(Received::delivery).distinct()).as("one delivery id for every retry")
			.hasSize(1);
		for (Received request : toDoctor) {
			assertThat(request.signature()).isEqualTo("sha256=" + hmac(request.timestamp() + "." + request.body()));
			JsonNode body = this.json.readTree(request.body());
			assertThat(body.path("kind").asText()).isEqualTo("DANGER_RAISED");
			assertThat(body.path("alertId").asText()).isEqualTo(alertId);
		}
		assertThat(toDoctor.get(0).body()).as("no identity in a notification").doesNotContain("患者9101", "1380000");
		assertThat(hmac("tampered" + toDoctor.get(0).body())).isNotEqualTo(toDoctor.get(0).signature().substring(7));

		JsonNode sms = awaitDelivered(api, "police", police.text("id"));
		assertThat(sms.path("attempts").asInt()).isEqualTo(1);
		String text = this.jdbc.queryForObject("select message from notification_delivery where id = ?", String.class,
				sms.path("id").asText());
		assertThat(text).contains("危险性升至3级及以上").doesNotContain("患者9101", id);

		assertThat(awaitDelivered(api, "admin", national.text("id")).path("alertId").asText())
			.as("the country's scope covers every jurisdiction")
			.isEqualTo(alertId);

		assertThat(api.get("doctor2", "/api/notifications/deliveries?subscription=" + elsewhere.text("id")).body())
			.as("an alert outside doctor2's scope never reaches them")
			.isEmpty();
		assertThat(api.get("doctor2", "/api/notifications/deliveries?subscription=" + doctor.text("id")).status())
			.as("nor may they read another's log")
			.isEqualTo(404);
		assertThat(this.received.stream().filter((r) -> r.path().equals("/doctor2"))).isEmpty();

		Answer late = api.post("admin", "/api/notifications/subscriptions",
				"{\"channel\":\"SMS\",\"address\":\"13700000002\",\"kinds\":[\"DANGER_RAISED\"]}");
		assertThat(late.status()).isEqualTo(201);
		rebuildTheReadModels();
		Thread.sleep(1500);
		assertThat(this.received.stream().filter((r) -> r.path().equals("/doctor"))).as("nothing sent twice")
			.hasSize(3);
		assertThat(api.get("admin", "/api/notifications/deliveries?subscription=" + late.text("id")).body())
			.as("a subscription made after the alert's cause is not sent it by a rebuild")
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from notification_delivery where alert_id = ?", Long.class,
				alertId))
			.isEqualTo(3);
	}

	/**
	 * The subscriptions are read once for all the alerts a transaction raises, when it
	 * commits: a rebuild's batch holding alerts of two communities reads them once and
	 * still finds what each alert's community is covered by.
	 */
	@Test
	void aBatchReadsTheSubscriptionsForAllItsAlertsAtOnce() throws Exception {
		Api api = new Api(this.port);
		Answer doctor = api.post("doctor", "/api/notifications/subscriptions",
				"{\"channel\":\"SMS\",\"address\":\"13700000003\",\"kinds\":[\"ADHERENCE_STOPPED\"]}");
		assertThat(doctor.status()).as(doctor.raw()).isEqualTo(201);
		int n = 9201;
		for (String community : List.of("310105002001", "310105002002")) {
			String id = api
				.post("doctor", "/api/patients", Forms.registration(n++, community, "F20", LocalDate.of(2024, 1, 10)))
				.text("id");
			assertThat(api
				.post("doctor", "/api/patients/" + id + "/follow-ups",
						Forms.visit(LocalDate.of(2026, 11, 2), "HOME_VISIT", 1, "NONE", "NONE"))
				.status()).isEqualTo(201);
		}
		String deliveries = "select count(*) from notification_delivery where subscription_id = ?";
		await(() -> this.jdbc.queryForObject(deliveries, Long.class, doctor.text("id")) == 2);

		HibernateStatistics.during(this.persistence, (statistics) -> {
			long events = this.caseOrder.rebuild("case-views");
			assertThat(statistics.getQueryStatistics("select s from Subscription s where s.scope in :scopes")
				.getExecutionCount()).as("reads of the subscriptions, one per batch of 2,000 events at most")
				.isBetween(1L, events / 2_000 + 1);
		});
		assertThat(this.jdbc.queryForObject(deliveries, Long.class, doctor.text("id"))).as("nothing sent twice")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForList(
				"select a.jurisdiction from notification_delivery d join q_alert a on a.id = d.alert_id where d.subscription_id = ?",
				String.class, doctor.text("id")))
			.containsExactlyInAnyOrder("310105002001", "310105002002");
	}

	@Test
	void badSubscriptionsAreRefusedWithTheField() {
		Api api = new Api(this.port);
		assertField(api.post("doctor", "/api/notifications/subscriptions",
				"{\"channel\":\"WEBHOOK\",\"address\":\"" + url("/x") + "\"}"), "secret");
		assertField(api.post("doctor", "/api/notifications/subscriptions",
				"{\"channel\":\"WEBHOOK\",\"address\":\"ftp://x\",\"secret\":\"" + SECRET + "\"}"), "address");
		assertField(
				api.post("doctor", "/api/notifications/subscriptions", "{\"channel\":\"SMS\",\"address\":\"12345\"}"),
				"address");
		assertField(api.post("doctor", "/api/notifications/subscriptions",
				"{\"channel\":\"EMAIL\",\"address\":\"x@y.cn\",\"kinds\":[\"NOPE\"]}"), "kinds[0]");
		assertThat(api
			.post("supervisor", "/api/notifications/subscriptions", "{\"channel\":\"EMAIL\",\"address\":\"x@y.cn\"}")
			.status()).isEqualTo(403);
		Answer email = api.post("doctor", "/api/notifications/subscriptions",
				"{\"channel\":\"EMAIL\",\"address\":\"wang@clinic.cn\"}");
		assertThat(email.status()).isEqualTo(201);
		assertThat(api.get("doctor", "/api/notifications/subscriptions").body().findValuesAsText("id"))
			.contains(email.text("id"));
		assertThat(api.send("doctor2", "DELETE", "/api/notifications/subscriptions/" + email.text("id"), null, Map.of())
			.status()).isEqualTo(404);
		assertThat(api.send("doctor", "DELETE", "/api/notifications/subscriptions/" + email.text("id"), null, Map.of())
			.status()).isEqualTo(204);
		assertThat(api.get("doctor", "/api/notifications/subscriptions").body().findValuesAsText("id"))
			.doesNotContain(email.text("id"));
	}

	private static void assertField(Answer answer, String field) {
		assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
		assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly(field);
	}

	private JsonNode awaitDelivered(Api api, String user, String subscription) throws InterruptedException {
		JsonNode[] found = new JsonNode[1];
		await(() -> {
			for (JsonNode delivery : api.get(user, "/api/notifications/deliveries?subscription=" + subscription)
				.body()) {
				if (delivery.path("status").asText().equals("DELIVERED")) {
					found[0] = delivery;
				}
			}
			return found[0] != null;
		});
		return found[0];
	}

	private void rebuildTheReadModels() throws InterruptedException {
		ReadModels.rebuild(this.processing, "case-views");
		StreamingEventProcessor processor = this.processing.eventProcessor("case-views", StreamingEventProcessor.class)
			.orElseThrow();
		long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		await(() -> !processor.processingStatus().isEmpty() && processor.processingStatus()
			.values()
			.stream()
			.allMatch((status) -> status.getCurrentPosition().orElse(-1) >= head));
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		ReadModels.await(Duration.ofSeconds(30), condition);
	}

	private static String hmac(String content) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
	}

}
