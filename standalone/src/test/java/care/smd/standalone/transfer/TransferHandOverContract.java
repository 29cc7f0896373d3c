package care.smd.standalone.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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

/**
 * The two-step hand-over between communities: the sender proposes, the patient stays on
 * the sender's worklist and in its rates, the receiver declines with a reason or accepts,
 * and a proposal left waiting raises an alert. Today is 2026-11-23.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smd.alerts.sweep-interval=PT0.5S", "smd.alerts.sweep-initial-delay=PT0.5S" })
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class TransferHandOverContract {

	static final String RECEIVER = "320682100001";

	@LocalServerPort
	int port;

	@Test
	void theSenderKeepsThePatientUntilTheReceiverAccepts() throws InterruptedException {
		Api api = new Api(this.port);
		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(7001, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		String base = "/api/patients/" + id;
		Answer seen = api.post("doctor", base + "/follow-ups", Forms.stableVisit(LocalDate.of(2026, 10, 1)));
		long senderBefore = registered(api.getAfter(seen, "doctor", indicators(Forms.COMMUNITY)));
		long receiverBefore = registered(api.get("doctor2", indicators(RECEIVER)));

		Answer proposed = api.post("doctor", base + "/transfers",
				"{\"date\":\"2026-11-01\",\"toJurisdiction\":\"" + RECEIVER + "\",\"reason\":\"随家属迁居如皋\"}");
		assertThat(proposed.status()).isEqualTo(201);
		JsonNode pending = api.getAfter(proposed, "doctor", base).body();
		assertThat(pending.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(pending.path("jurisdiction").asText()).isEqualTo(Forms.COMMUNITY);
		assertThat(pending.path("pendingTransferTo").asText()).isEqualTo(RECEIVER);
		assertThat(registered(api.get("doctor", indicators(Forms.COMMUNITY)))).as("still the sender's")
			.isEqualTo(senderBefore);
		assertThat(registered(api.get("doctor2", indicators(RECEIVER)))).isEqualTo(receiverBefore);
		assertThat(api.get("doctor", "/api/worklists/due?date=2027-01-15")
			.body()
			.path("items")
			.findValuesAsText("patientId")).as("on the sender's worklist").contains(id);

		JsonNode inbox = api.get("doctor2", "/api/transfers").body();
		assertThat(inbox.findValuesAsText("patientId")).containsExactly(id);
		assertThat(inbox.get(0).path("fromJurisdiction").asText()).isEqualTo(Forms.COMMUNITY);
		assertThat(inbox.get(0).path("reason").asText()).isEqualTo("随家属迁居如皋");
		assertThat(inbox.get(0).path("statusLabel").asText()).isEqualTo("待接收");
		assertThat(api.get("doctor", "/api/transfers?direction=OUTGOING").body().findValuesAsText("patientId"))
			.contains(id);
		assertThat(api.get("doctor", "/api/transfers").body().findValuesAsText("patientId")).doesNotContain(id);
		assertThat(api.get("doctor2", base).status()).as("not the receiver's case file yet").isEqualTo(404);

		assertThat(api.post("doctor", base + "/follow-ups", Forms.stableVisit(LocalDate.of(2026, 11, 5))).status())
			.as("the sender still follows the patient up")
			.isEqualTo(201);
		assertThat(api.post("doctor", base + "/arrivals", "{\"date\":\"2026-11-06\"}").status())
			.as("only the receiver accepts")
			.isEqualTo(404);
		assertThat(
				api.post("doctor", base + "/transfers", "{\"date\":\"2026-11-06\",\"toJurisdiction\":\"310105005001\"}")
					.status())
			.as("one proposal at a time")
			.isEqualTo(409);

		String alert = id + ":TRANSFER_PENDING:2026-11-01";
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (status(api.get("doctor", base + "/alerts").body(), alert) == null && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(status(api.get("doctor", base + "/alerts").body(), alert)).as("raised by the calendar sweep")
			.isEqualTo("OPEN");

		Answer declined = api.post("doctor2", base + "/transfers/rejection",
				"{\"date\":\"2026-11-10\",\"reason\":\"地址核实不在本社区\"}");
		assertThat(declined.status()).isEqualTo(201);
		assertThat(api.getAfter(declined, "doctor2", "/api/transfers").body().findValuesAsText("patientId"))
			.doesNotContain(id);
		JsonNode rejected = api.get("doctor", "/api/transfers?direction=OUTGOING&status=REJECTED").body();
		assertThat(rejected.findValuesAsText("decisionReason")).contains("地址核实不在本社区");
		assertThat(status(api.get("doctor", base + "/alerts").body(), alert)).isEqualTo("RESOLVED");
		assertThat(api.get("doctor", base).body().path("pendingTransferTo").isValueNode()).isFalse();

		Answer again = api.post("doctor", base + "/transfers",
				"{\"date\":\"2026-11-12\",\"toJurisdiction\":\"" + RECEIVER + "\",\"reason\":\"地址已更正\"}");
		assertThat(again.status()).isEqualTo(201);
		api.getAfter(again, "doctor2", "/api/transfers");
		Answer accepted = api.post("doctor2", base + "/arrivals", "{\"date\":\"2026-11-20\"}");
		assertThat(accepted.status()).isEqualTo(201);
		JsonNode moved = api.getAfter(accepted, "doctor2", base).body();
		assertThat(moved.path("jurisdiction").asText()).isEqualTo(RECEIVER);
		assertThat(moved.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(moved.path("nextDueDate").asText()).isEqualTo("2026-12-04");
		assertThat(moved.path("history").findValuesAsText("type")).containsSubsequence("TransferProposed",
				"TransferRejected", "TransferProposed", "PatientTransferredOut", "PatientTransferredIn");
		assertThat(api.get("doctor", base).status()).as("no longer the sender's").isEqualTo(404);
		assertThat(registered(api.get("doctor", indicators(Forms.COMMUNITY)))).isEqualTo(senderBefore - 1);
		assertThat(registered(api.get("doctor2", indicators(RECEIVER)))).isEqualTo(receiverBefore + 1);
		assertThat(api.get("doctor2", "/api/transfers?status=ACCEPTED").body().findValuesAsText("patientId"))
			.contains(id);
	}

	@Test
	void theSenderMayWithdrawAndNoOtherCommunityCanDecide() {
		Api api = new Api(this.port);
		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(7002, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		String base = "/api/patients/" + id;
		assertThat(api.post("doctor", base + "/transfers/withdrawal", "{\"date\":\"2026-11-02\"}").status())
			.as("nothing to withdraw")
			.isEqualTo(409);
		assertThat(
				api.post("doctor", base + "/transfers", "{\"date\":\"2026-11-02\",\"toJurisdiction\":\"310105005001\"}")
					.status())
			.isEqualTo(201);
		assertThat(api.post("doctor2", base + "/transfers/rejection", "{\"date\":\"2026-11-03\",\"reason\":\"不接收\"}")
			.status()).as("not offered to doctor2").isEqualTo(404);
		assertThat(api.post("doctor", base + "/transfers/rejection", "{\"date\":\"2026-11-03\"}").status())
			.as("a decline says why")
			.isEqualTo(400);
		Answer withdrawn = api.post("doctor", base + "/transfers/withdrawal",
				"{\"date\":\"2026-11-03\",\"reason\":\"家属决定暂不搬家\"}");
		assertThat(withdrawn.status()).isEqualTo(201);
		assertThat(api.getAfter(withdrawn, "doctor", base).body().path("pendingTransferTo").isValueNode()).isFalse();
		assertThat(api.post("doctor", base + "/arrivals", "{\"date\":\"2026-11-04\"}").status())
			.as("a withdrawn proposal cannot be accepted")
			.isEqualTo(409);
	}

	private static String indicators(String jurisdiction) {
		return "/api/indicators?jurisdiction=" + jurisdiction + "&period=2026-11";
	}

	private static long registered(Answer indicators) {
		for (JsonNode indicator : indicators.body().path("indicators")) {
			if (indicator.path("code").asText().equals("registered")) {
				return indicator.path("numerator").asLong();
			}
		}
		throw new AssertionError("no registered indicator in " + indicators.raw());
	}

	private static String status(JsonNode alerts, String alertId) {
		for (JsonNode alert : alerts) {
			if (alert.path("id").asText().equals(alertId)) {
				return alert.path("status").asText();
			}
		}
		return null;
	}

}
