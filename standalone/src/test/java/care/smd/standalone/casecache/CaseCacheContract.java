package care.smd.standalone.casecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.referral.PatientAdmitted;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;
import care.smd.standalone.support.ReadModels;

/**
 * A write node keeps the cases it has loaded, but decides only on a case that is still
 * the latest in the store: another node's append, made here straight into the shared
 * store as that node would make it, is seen before the next decision. A case read again
 * from the store is read as its snapshot and the events after it, once it has one of the
 * revision this code writes.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class CaseCacheContract {

	/**
	 * Patient.SNAPSHOT_REVISION, the revision of the snapshots this code writes and reads
	 */
	private static final String REVISION = "1";

	private static final String DISCHARGE = "{\"date\":\"2025-04-02\",\"hospital\":\"上海市精神卫生中心\",\"summary\":\"好转出院\"}";

	@LocalServerPort
	int port;

	@Autowired
	EventStore store;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("caseSnapshots")
	ThreadPoolExecutor snapshots;

	@Test
	void anUnchangedCaseIsTakenFromTheCache() {
		Api api = new Api(this.port);
		String id = register(api, 9301);
		double hits = lookups("hit");
		visit(api, id, LocalDate.of(2025, 2, 15));
		visit(api, id, LocalDate.of(2025, 5, 15));
		assertThat(lookups("hit") - hits).isEqualTo(2);
		assertThat(sequenceNumbers(id)).containsExactly(0L, 1L, 2L);
	}

	@Test
	void aCaseChangedOnAnotherNodeIsReadAgainBeforeItDecides() {
		Api api = new Api(this.port);
		String id = register(api, 9302);
		visit(api, id, LocalDate.of(2025, 2, 15));
		double stale = lookups("stale");
		appendAsAnotherNode(id, new PatientAdmitted(PatientId.of(id), LocalDate.of(2025, 3, 2), "上海市精神卫生中心", null));

		// the kept case does not know of the admission and would refuse the discharge
		assertThat(api.post("hospital", "/api/patients/" + id + "/discharges", DISCHARGE).status()).isEqualTo(201);
		assertThat(lookups("stale") - stale).isEqualTo(1);
		assertThat(sequenceNumbers(id)).containsExactly(0L, 1L, 2L, 3L);
	}

	@Test
	void aRefusedCommandLeavesNothingOfItsDecisionInTheCache() {
		Api api = new Api(this.port);
		String id = register(api, 9303);
		visit(api, id, LocalDate.of(2025, 2, 15));
		assertThat(api.post("hospital", "/api/patients/" + id + "/discharges", DISCHARGE).status()).as("never admitted")
			.isEqualTo(409);
		assertThat(api
			.post("hospital", "/api/patients/" + id + "/admissions",
					"{\"date\":\"2025-03-02\",\"hospital\":\"上海市精神卫生中心\"}")
			.status()).isEqualTo(201);
		assertThat(api.post("hospital", "/api/patients/" + id + "/discharges", DISCHARGE).status()).isEqualTo(201);
		assertThat(sequenceNumbers(id)).containsExactly(0L, 1L, 2L, 3L);
	}

	@Test
	void aCaseKeptInMemoryTakesNoSnapshotAndItsNextReadFromTheStoreTakesOne() throws Exception {
		Api api = new Api(this.port);
		String id = register(api, 9306);
		long scheduled = this.snapshots.getTaskCount();
		visitMonthly(api, id, 11);
		assertThat(this.snapshots.getTaskCount()).as("twelve events, all given in memory").isEqualTo(scheduled);

		String read = readFromTheStore(api, id);

		assertThat(read).isEqualTo("13");
	}

	@Test
	void aCaseReadAgainIsDecidedOnItsSnapshotAndTheEventsAfterIt() throws Exception {
		Api api = new Api(this.port);
		String id = registerWithSnapshot(api, 9304);
		// a snapshot that says what the events do not: only a case read from it refuses
		rewriteSnapshot(id, "\"status\":\"DECEASED\"", REVISION);
		appendAsAnotherNode(id, new RiskAssessed(PatientId.of(id), LocalDate.of(2024, 12, 1), DangerLevel.of(1), null));

		assertThat(visitAnswer(api, id, LocalDate.of(2024, 12, 15)))
			.as("read as its snapshot, which records a death, and the assessment after it")
			.isEqualTo(409);
	}

	@Test
	void aSnapshotOfAnotherRevisionIsNotUsed() throws Exception {
		Api api = new Api(this.port);
		String id = registerWithSnapshot(api, 9305);
		rewriteSnapshot(id, "\"status\":\"DECEASED\"", "0");
		appendAsAnotherNode(id, new RiskAssessed(PatientId.of(id), LocalDate.of(2024, 12, 1), DangerLevel.of(1), null));

		assertThat(visitAnswer(api, id, LocalDate.of(2024, 12, 15))).as("read from its events").isEqualTo(201);
	}

	/**
	 * A case read from the store is decided with the registration's identity left sealed:
	 * with the patient's key made unusable, opening the identity would fail the visit.
	 */
	@Test
	void aCaseReadFromTheStoreIsDecidedWithoutOpeningItsIdentity() throws InterruptedException {
		Api api = new Api(this.port);
		String id = register(api, 9307);
		visit(api, id, LocalDate.of(2025, 2, 15));
		String key = this.jdbc.queryForObject("select wrapped_key from identity_key where patient_id = ?", String.class,
				id);
		// the read models have read the registration (and opened it) before the key goes
		ReadModels.await(Duration.ofSeconds(10),
				() -> this.jdbc.queryForObject("select count(*) from q_case_view where id = ? and name is not null",
						Integer.class, id) == 1);
		this.jdbc.update("update identity_key set wrapped_key = ? where patient_id = ?",
				Base64.getEncoder().encodeToString(new byte[60]), id);
		try {
			double stale = lookups("stale");
			appendAsAnotherNode(id,
					new RiskAssessed(PatientId.of(id), LocalDate.of(2025, 3, 1), DangerLevel.of(0), null));

			assertThat(visitAnswer(api, id, LocalDate.of(2025, 3, 15))).isEqualTo(201);
			assertThat(lookups("stale") - stale).as("read from the store").isEqualTo(1);
		}
		finally {
			this.jdbc.update("update identity_key set wrapped_key = ? where patient_id = ?", key, id);
		}
	}

	/** Registered and visited nine times in memory, then read from the store. */
	private String registerWithSnapshot(Api api, int n) throws InterruptedException {
		String id = register(api, n);
		visitMonthly(api, id, 9);
		assertThat(readFromTheStore(api, id)).as("the last of its events").isEqualTo("11");
		return id;
	}

	/**
	 * Another node's assessment makes the kept case stale, so the next visit reads it
	 * from the store: the case's snapshot is taken after that visit; its sequence number.
	 */
	private String readFromTheStore(Api api, String id) throws InterruptedException {
		appendAsAnotherNode(id, new RiskAssessed(PatientId.of(id), LocalDate.of(2024, 11, 1), DangerLevel.of(0), null));
		visit(api, id, LocalDate.of(2024, 11, 20));
		ReadModels.await(Duration.ofSeconds(10),
				() -> this.jdbc.queryForObject(
						"select count(*) from snapshot_event_entry where aggregate_identifier = ?", Integer.class,
						id) == 1);
		return this.jdbc.queryForObject(
				"select cast(sequence_number as varchar(20)) from snapshot_event_entry where aggregate_identifier = ?",
				String.class, id);
	}

	private void rewriteSnapshot(String id, String status, String revision) {
		byte[] payload = this.jdbc.queryForObject(
				"select payload from snapshot_event_entry where aggregate_identifier = ?", byte[].class, id);
		String json = new String(payload, StandardCharsets.UTF_8);
		assertThat(json).contains("\"status\":\"ACTIVE\"");
		this.jdbc.update(
				"update snapshot_event_entry set payload = ?, payload_revision = ? where aggregate_identifier = ?",
				json.replace("\"status\":\"ACTIVE\"", status).getBytes(StandardCharsets.UTF_8), revision, id);
	}

	private static int visitAnswer(Api api, String id, LocalDate date) {
		return api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(date)).status();
	}

	private static String register(Api api, int n) {
		return api.post("doctor", "/api/patients", Forms.registration(n)).text("id");
	}

	/** A visit in each of the first months of 2024. */
	private static void visitMonthly(Api api, String id, int months) {
		for (int month = 1; month <= months; month++) {
			visit(api, id, LocalDate.of(2024, month, 15));
		}
	}

	private static void visit(Api api, String id, LocalDate date) {
		assertThat(api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(date)).status())
			.isEqualTo(201);
	}

	private void appendAsAnotherNode(String id, Object event) {
		long next = this.store.lastSequenceNumberFor(id).orElseThrow() + 1;
		this.store.publish(new GenericDomainEventMessage<>("Patient", id, next, event,
				MetaData.from(Map.of("user", "hospital", "roles", "HOSPITAL"))));
	}

	private double lookups(String result) {
		return this.meters.get("smd.case.cache").tag("result", result).counter().count();
	}

	private List<Long> sequenceNumbers(String id) {
		return this.jdbc.queryForList(
				"select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
				Long.class, id);
	}

}
