package care.smd.standalone.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.careteam.AddCaseNote;
import care.smd.kernel.careteam.AssignCareTeam;
import care.smd.kernel.careteam.AssignCaseTask;
import care.smd.kernel.careteam.CompleteCaseTask;
import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.patient.AbsorbDuplicate;
import care.smd.kernel.patient.MarkAsDuplicate;
import care.smd.kernel.patient.PersonalDetails;
import care.smd.kernel.patient.RegisterPatient;
import care.smd.kernel.referral.ReferToHospital;
import care.smd.kernel.referral.Urgency;
import care.smd.kernel.testing.Samples;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import care.smd.kernel.patient.EraseIdentity;
import care.smd.kernel.patient.PatientId;
import care.smd.query.projection.CaseOrderRebuild;
import care.smd.query.projection.Sql;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.HibernateStatistics;
import care.smd.standalone.support.ReadModels;
import care.smd.standalone.support.RandomHistories;

/**
 * Projections equal a fresh replay of the event store: wipe every read model, replay all
 * events from the start, and every table (and every answer) is what it was.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smd.read-models.rebuild-page=" + ReplayContract.PAGE)
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class ReplayContract {

	/**
	 * Events per page of a rebuild in the order of the cases: small, so that many cases
	 * begin in one page and end in the next.
	 */
	static final int PAGE = 47;

	private static final List<String> READ_MODELS = List.of("select * from q_case_view order by id",
			"select * from q_case_history order by patient_id, sequence", "select * from q_jurisdiction order by code",
			"select * from q_ind_timeline order by patient_id", "select * from q_transfer order by id",
			"select * from q_referral order by id",
			// alerts that come from events (the calendar's come from the sweep, not from
			// a replay)
			"select * from q_alert where kind not in ('FOLLOW_UP_OVERDUE', 'REFERRAL_WITHOUT_OUTCOME', 'TRANSFER_PENDING') order by id",
			"select * from q_alert_subject order by patient_id", "select * from q_case_file order by id",
			"select * from q_referral_patient order by id",
			nonZero("q_ind_activity",
					"managed + standard0 + standard1 + standard2 + standard3 + standard4 + face_to_face"
							+ " + medication + regular_medication + schizophrenia_medication + stable + stable_eligible"
							+ " + rehabilitation + psychological_support + risk_assessed + incident"),
			nonZero("q_ind_state", "abs(registered) + abs(schizophrenia) + abs(home_dwelling) + abs(lost)"
					+ " + abs(needs_team) + abs(team_covered)"));

	/** Where the alerts are among the read models. */
	private static final int ALERTS = 6;

	/** The counter tables (the last two of the read models). */
	private static final List<String> COUNTERS = READ_MODELS.subList(READ_MODELS.size() - 2, READ_MODELS.size());

	/** The replayed tables, and those of team work and referral patients. */
	private static final List<String> REDELIVERED = java.util.stream.Stream
		.concat(READ_MODELS.stream(),
				java.util.stream.Stream.of("select * from q_team_membership order by id",
						"select * from q_case_note order by id", "select * from q_case_task order by id"))
		.toList();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TokenStore tokens;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CommandGateway gateway;

	@Autowired
	EventProcessingConfiguration processing;

	@Autowired
	CaseOrderRebuild caseOrder;

	@Autowired
	EntityManagerFactory persistence;

	@LocalServerPort
	int port;

	private static int registered;

	@Test
	void aFreshReplayRebuildsEveryReadModelExactly() throws InterruptedException {
		RandomHistories histories = new RandomHistories(this.gateway, 20251114L, FixedClock.TODAY);
		List<PatientId> ids = histories.patients(histories.county("319601"), 40);
		// in a replay the registration and the erasure meet in one batch
		this.gateway.sendAndWait(new EraseIdentity(ids.get(ids.size() - 1), FixedClock.TODAY, "登记错误"));
		awaitCaughtUp();
		List<List<Map<String, Object>>> before = snapshot();
		String report = new Api(this.port).get("admin", "/api/indicators?jurisdiction=319601&period=2025").raw();
		assertThat(ids).hasSize(40);
		assertThat(before.get(0)).hasSizeGreaterThan(30);
		assertThat(before.get(ALERTS)).as("alerts raised and resolved by events").isNotEmpty();
		assertThat(before.get(1)).as("the erased registration in the history")
			.anySatisfy((entry) -> assertThat(entry.get("json")).asString().contains("\"person\":null"));

		ReadModels.rebuild(this.processing, "case-views", "indicators");
		awaitCaughtUp();

		assertReadModelsAre(before);
		JsonNode progress = new Api(this.port).get("admin", "/api/progress/projections").body();
		assertThat(progress.findValuesAsText("name")).contains("case-views", "indicators");
		for (JsonNode processor : progress) {
			assertThat(processor.path("fraction").asDouble()).as(processor.toString()).isEqualTo(1.0);
			assertThat(processor.path("slowest").asLong()).isEqualTo(processor.path("head").asLong());
		}
		assertThat(new Api(this.port).get("doctor", "/api/progress/projections").status()).isEqualTo(403);
		assertThat(new Api(this.port).get("admin", "/api/indicators?jurisdiction=319601&period=2025").raw())
			.isEqualTo(report);
	}

	/**
	 * A rebuild that hands the read models each case's events together, in the order of
	 * the cases, makes every table what the events made it as they came.
	 */
	@Test
	void aRebuildInTheOrderOfTheCasesEqualsTheLiveReadModels() throws Exception {
		RandomHistories histories = new RandomHistories(this.gateway, 20261204L, FixedClock.TODAY);
		List<PatientId> ids = histories.patients(histories.county("319604"), 40);
		this.gateway.sendAndWait(new EraseIdentity(ids.get(0), FixedClock.TODAY, "登记错误"));
		awaitCaughtUp();
		List<List<Map<String, Object>>> before = snapshot();
		String report = new Api(this.port).get("admin", "/api/indicators?jurisdiction=319604&period=2025").raw();
		assertThat(before.get(ALERTS)).as("alerts raised and resolved by events").isNotEmpty();

		long[] events = new long[1];
		HibernateStatistics.during(this.persistence, (statistics) -> {
			events[0] = this.caseOrder.rebuild("case-views", "indicators");
			assertWrittenOnceEach(statistics, events[0]);
		});
		assertThat(this.jdbc.queryForObject("select count(*) from q_ind_counters_pending", Integer.class))
			.as("the counters written from the rebuild's own batches before the processors started")
			.isZero();
		awaitCaughtUp();

		assertThat(events[0])
			.isEqualTo(this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
		assertReadModelsAre(before);
		assertThat(new Api(this.port).get("admin", "/api/indicators?jurisdiction=319604&period=2025").raw())
			.isEqualTo(report);
		PatientId later = register(FixedClock.TODAY);
		awaitCaughtUp();
		assertThat(this.jdbc.queryForList("select id from q_case_view where id = ?", String.class, later.value()))
			.as("a case registered after the rebuild, handled by the processors again")
			.containsExactly(later.value());
	}

	/**
	 * A case's rows are inserted with what its batch made of them, not inserted as
	 * registered and updated after: only a case whose events a page boundary splits is
	 * written again by the next page. On PostgreSQL the new rows (case views, alert
	 * subjects, timelines, referral patients, alerts) are copied in, not inserted through
	 * Hibernate; a copy that met a stored key would have failed the rebuild.
	 */
	private void assertWrittenOnceEach(Statistics statistics, long events) {
		long cases = this.jdbc.queryForObject("select count(*) from q_case_view", Long.class);
		assertThat(events).as("events in many pages").isGreaterThan(5L * PAGE);
		long pages = events / PAGE + 1;
		boolean copied = Sql.isPostgresql(this.jdbc);
		for (String entity : List.of("care.smd.query.patient.CaseView", "care.smd.query.alert.AlertSubject",
				"care.smd.query.indicator.TimelineRow", "care.smd.query.referral.PatientRow")) {
			assertThat(statistics.getEntityStatistics(entity).getInsertCount()).as(entity + " inserted")
				.isEqualTo(copied ? 0 : cases);
			assertThat(statistics.getEntityStatistics(entity).getUpdateCount()).as(entity + " updated")
				.isLessThanOrEqualTo(pages);
		}
		long alerts = this.jdbc.queryForObject("select count(*) from q_alert", Long.class);
		assertThat(alerts).as("alerts raised").isPositive();
		assertThat(statistics.getEntityStatistics("care.smd.query.alert.AlertRow").getInsertCount())
			.as("alerts inserted")
			.isEqualTo(copied ? 0 : alerts);
	}

	/**
	 * Cases registered while a rebuild in the order of the cases runs are handled once:
	 * those the rebuild read before its head by the rebuild, the rest by the processors
	 * after it. The tables equal those of an ordinary replay of the same store.
	 */
	@Test
	void writesDuringARebuildInTheOrderOfTheCasesCountOnce() throws Exception {
		caughtUpWith(20261208L, "319608", 20);
		ExecutorService background = Executors.newSingleThreadExecutor();
		try {
			Future<Long> rebuild = background.submit(() -> this.caseOrder.rebuild("case-views", "indicators"));
			for (int i = 0; i < 5; i++) {
				register(FixedClock.TODAY);
			}
			rebuild.get(60, TimeUnit.SECONDS);
		}
		finally {
			background.shutdownNow();
		}
		awaitCaughtUp();
		List<List<Map<String, Object>>> afterTheRebuild = snapshot();

		ReadModels.rebuild(this.processing, "case-views", "indicators");
		awaitCaughtUp();

		assertReadModelsAre(afterTheRebuild);
	}

	/**
	 * A rebuild in the order of the cases that stops half way leaves the read models to
	 * the ordinary replay, which starts them again from nothing.
	 */
	@Test
	void aRebuildInTheOrderOfTheCasesThatStopsLeavesTheOrdinaryReplayToFinish() throws InterruptedException {
		caughtUpWith(20261205L, "319605", 20);
		List<List<Map<String, Object>>> before = snapshot();

		// interrupted, it stops when it first waits for a batch
		Thread.currentThread().interrupt();
		assertThatThrownBy(() -> this.caseOrder.rebuild("case-views", "indicators"))
			.isInstanceOf(InterruptedException.class);
		assertThat(Thread.interrupted()).isFalse();
		awaitCaughtUp();

		assertReadModelsAre(before);
	}

	/**
	 * A node that died during a rebuild in the order of the cases left rows of part of
	 * the history beside tokens at the start; the next node to start resets those read
	 * models, and the ordinary replay rebuilds them.
	 */
	@Test
	void aRebuildLeftHalfDoneByANodeThatDiedIsResetWhenANodeStarts() throws InterruptedException {
		caughtUpWith(20261206L, "319606", 20);
		List<List<Map<String, Object>>> before = snapshot();

		for (String name : List.of("case-views", "indicators")) {
			stopAtTheStart(name);
			this.jdbc.update("insert into q_rebuild_under_way (processor_name) values (?)", name);
		}
		// rows the rebuild had written for a case its batches had not finished
		this.jdbc.update("update q_alert set status = 'RESOLVED', note = 'half done'");
		this.jdbc.update("delete from q_case_view where jurisdiction like '319606%'");

		this.caseOrder.resetWhatARebuildLeftHalfDone();
		awaitCaughtUp();

		assertThat(this.jdbc.queryForObject("select count(*) from q_rebuild_under_way", Integer.class)).isZero();
		assertReadModelsAre(before);
	}

	/**
	 * An admin rebuilds the read models over HTTP, in the background, and asks how it
	 * went; no other role may.
	 */
	@Test
	void anAdminRebuildsTheReadModelsOverHttp() throws InterruptedException {
		caughtUpWith(20261207L, "319607", 10);
		List<List<Map<String, Object>>> before = snapshot();
		Api api = new Api(this.port);
		assertThat(api.post("doctor", "/api/read-models/rebuild", "{}").status()).isEqualTo(403);
		assertThat(api.get("supervisor", "/api/read-models/rebuild").status()).isEqualTo(403);

		long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		Api.Answer started = api.post("admin", "/api/read-models/rebuild", "{}");
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		List<JsonNode> seen = new ArrayList<>();
		ReadModels.await(Duration.ofSeconds(60), () -> {
			JsonNode status = api.get("admin", "/api/read-models/rebuild").body();
			seen.add(status);
			return !status.path("running").asBoolean();
		});
		JsonNode ended = seen.get(seen.size() - 1);
		assertThat(ended.hasNonNull("failure")).as(ended.toString()).isFalse();
		assertThat(ended.path("events").asLong())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
		assertThat(ended.path("upTo").asLong()).isEqualTo(head);
		assertThat(seen).as("progress while it ran, never past the end")
			.allSatisfy((status) -> assertThat(status.path("events").asLong()).isBetween(0L,
					ended.path("events").asLong()));
		awaitCaughtUp();

		assertReadModelsAre(before);
	}

	/**
	 * A replay's counters are summed from the timelines at its end; writes that arrive
	 * while it runs, or after it and before the sum, count once: the counters equal those
	 * of a second replay that met no write.
	 */
	@Test
	void writesDuringAReplayCountOnce() throws InterruptedException {
		caughtUpWith(20261203L, "319603", 30);
		int registeredBefore = registeredIn("319603");
		String community = Samples.COMMUNITY.value();
		int communityBefore = registeredIn(community);

		ReadModels.rebuild(this.processing, "indicators");
		LocalDate day = FixedClock.TODAY.minusDays(3);
		for (int i = 0; i < 3; i++) {
			PatientId id = register(day);
			this.gateway.sendAndWait(
					new RecordFollowUp(id, "visit-during-replay-" + id.value(), Samples.stableVisit(day.plusDays(1))));
		}
		awaitCaughtUp();
		List<List<Map<String, Object>>> withWrites = snapshot(COUNTERS);

		ReadModels.rebuild(this.processing, "indicators");
		awaitCaughtUp();
		List<List<Map<String, Object>>> replayed = snapshot(COUNTERS);
		for (int table = 0; table < COUNTERS.size(); table++) {
			assertThat(withWrites.get(table)).as(COUNTERS.get(table)).containsExactlyElementsOf(replayed.get(table));
		}
		assertThat(registeredIn(community)).as("the three registered during the replay").isEqualTo(communityBefore + 3);
		assertThat(registeredIn("319603")).isEqualTo(registeredBefore);
	}

	/**
	 * While a replay's counters are not yet summed, an indicator read says it is stale; a
	 * read after a write, once the sum is written, is current again.
	 */
	@Test
	void indicatorReadsSayStaleUntilTheReplaysCountersAreSummed() throws InterruptedException {
		Api api = new Api(this.port);
		String path = "/api/indicators?jurisdiction=310105&period=2025";
		StreamingEventProcessor indicators = processor("indicators");
		indicators.shutDown();
		indicators.resetTokens();
		try {
			Api.Answer during = api.get("admin", path);
			assertThat(during.status()).isEqualTo(200);
			assertThat(during.header("X-Consistency")).isEqualTo("stale");
		}
		finally {
			indicators.start();
		}
		awaitCaughtUp();
		Api.Answer written = api.put("admin", "/api/jurisdictions/310105099", "{\"name\":\"重放后\",\"population\":100}");
		assertThat(written.status()).isIn(200, 201);
		Api.Answer after = api.getAfter(written, "admin", path);
		assertThat(after.header("X-Consistency")).isEqualTo("current");
		assertThat(api.get("admin", path).header("X-Consistency")).isNull();
	}

	private int registeredIn(String prefix) {
		List<Integer> sums = this.jdbc.queryForList("select sum(registered) from q_ind_state where prefix = ?",
				Integer.class, prefix);
		return sums.isEmpty() || sums.get(0) == null ? 0 : sums.get(0);
	}

	/**
	 * Read models get events at least once (a segment taken over from a node that handled
	 * events but had not stored its position gets them again): every event handed over a
	 * second time, in order and without a reset, must change no row and stop no read
	 * model.
	 */
	@Test
	void everyEventDeliveredAgainChangesNothing() throws InterruptedException {
		RandomHistories histories = new RandomHistories(this.gateway, 20261202L, FixedClock.TODAY);
		histories.patients(histories.county("319602"), 30);
		LocalDate day = FixedClock.TODAY.minusDays(20);
		PatientId team = register(day);
		this.gateway.sendAndWait(new AssignCareTeam(team, day, Samples.team()));
		this.gateway.sendAndWait(new AddCaseNote(team, "note-redelivered", day, "邻居反映夜间吵闹"));
		this.gateway
			.sendAndWait(new AssignCaseTask(team, "task-redelivered", day, "上门核实服药", "police", day.plusDays(7)));
		this.gateway.sendAndWait(new CompleteCaseTask(team, "task-redelivered", day.plusDays(2), "已按时服药"));
		this.gateway.sendAndWait(new ReferToHospital(team, "referral-redelivered", day.plusDays(3), "危险性4级",
				Urgency.EMERGENCY, "上海市精神卫生中心", "急诊"));
		PatientId survivor = register(day);
		PatientId duplicate = register(day);
		this.gateway.sendAndWait(new MarkAsDuplicate(duplicate, survivor, day.plusDays(1), "同一人"));
		this.gateway.sendAndWait(new AbsorbDuplicate(survivor, duplicate, day.plusDays(1), "同一人"));
		awaitCaughtUp();
		List<List<Map<String, Object>>> before = snapshot(REDELIVERED);
		assertThat(before.get(REDELIVERED.size() - 3)).as("team notes").isNotEmpty();
		assertThat(before.get(REDELIVERED.size() - 2)).as("team tasks").isNotEmpty();

		for (String name : List.of("case-views", "indicators")) {
			stopAtTheStart(name);
			processor(name).start();
		}
		awaitCaughtUp();

		List<List<Map<String, Object>>> after = snapshot(REDELIVERED);
		for (int table = 0; table < REDELIVERED.size(); table++) {
			assertThat(after.get(table)).as(REDELIVERED.get(table)).containsExactlyElementsOf(before.get(table));
		}
	}

	private PatientId register(LocalDate day) {
		PatientId id = PatientId.random();
		RegisterPatient sample = Samples.registration(id, day, "F20.0");
		int person = 700 + registered++;
		LocalDate birth = sample.person().birthDate();
		this.gateway.sendAndWait(new RegisterPatient(
				id, sample.jurisdiction(), day, new PersonalDetails("患者" + person, sample.person().sex(), birth,
						Samples.idNumber(birth, person), null, null, null),
				sample.guardian(), sample.consent(), sample.diagnosis(), sample.background()));
		return id;
	}

	/** Random histories in a county of their own, the read models caught up with them. */
	private void caughtUpWith(long seed, String county, int patients) throws InterruptedException {
		RandomHistories histories = new RandomHistories(this.gateway, seed, FixedClock.TODAY);
		histories.patients(histories.county(county), patients);
		awaitCaughtUp();
	}

	/** Every read model's rows as they were. */
	private void assertReadModelsAre(List<List<Map<String, Object>>> before) {
		List<List<Map<String, Object>>> after = snapshot();
		for (int table = 0; table < READ_MODELS.size(); table++) {
			assertThat(after.get(table)).as(READ_MODELS.get(table)).containsExactlyElementsOf(before.get(table));
		}
	}

	/** The processor stopped, its tokens at the start of the store, its rows kept. */
	private void stopAtTheStart(String name) {
		processor(name).shutDown();
		this.transaction.executeWithoutResult((tx) -> {
			for (int segment : this.tokens.fetchSegments(name)) {
				this.tokens.storeToken(null, name, segment);
				this.tokens.releaseClaim(name, segment);
			}
		});
	}

	private StreamingEventProcessor processor(String name) {
		return this.processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
	}

	private List<List<Map<String, Object>>> snapshot(List<String> queries) {
		return queries.stream().map(this.jdbc::queryForList).toList();
	}

	private List<List<Map<String, Object>>> snapshot() {
		return READ_MODELS.stream().map(this.jdbc::queryForList).toList();
	}

	private void awaitCaughtUp() throws InterruptedException {
		long head = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			boolean done = true;
			for (String name : List.of("case-views", "indicators")) {
				StreamingEventProcessor processor = this.processing.eventProcessor(name, StreamingEventProcessor.class)
					.orElseThrow();
				done &= !processor.processingStatus().isEmpty() && processor.processingStatus()
					.values()
					.stream()
					.allMatch((status) -> !status.isErrorState() && status.getCurrentPosition().orElse(-1) >= head);
			}
			// a replay's counters are summed once its segments have passed the head
			done &= this.jdbc.queryForObject("select count(*) from q_ind_counters_pending", Integer.class) == 0;
			if (done) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the projections did not catch up with " + head + " within 60 s: "
				+ List.of("case-views", "indicators")
					.stream()
					.map((name) -> name + " "
							+ this.processing.eventProcessor(name, StreamingEventProcessor.class)
								.orElseThrow()
								.processingStatus())
					.toList());
	}

	private static String nonZero(String table, String sum) {
		return "select * from " + table + " where " + sum + " <> 0 order by id";
	}

}
