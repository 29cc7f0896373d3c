package care.smd.standalone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.IdentityGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.platform.axon.EventJson;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Forms;
import care.smd.standalone.support.HibernateStatistics;

/**
 * The write API as doctors use it: the happy path of a whole case, every invariant
 * answered with problem+json and no event, idempotent retries. Runs once on H2 and once
 * on PostgreSQL.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class WriteApiContract {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	private static int nextPerson = 1;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory persistence;

	Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

	/**
	 * A case's history shows each event as the plain mapping writes it: a visit as the
	 * store holds it, read from the store (the history keeps no copy), a registration
	 * with its identity plain (the store seals it), as the history keeps it.
	 */
	@Test
	void theHistoryShowsEachEventAsThePlainMappingWritesIt() throws Exception {
		String id = register();
		Answer visit = this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY));
		assertThat(visit.status()).as(visit.raw()).isEqualTo(201);
		JsonNode history = this.api.getAfter(visit, "doctor", "/api/patients/" + id).body().path("history");
		ObjectMapper plain = EventJson.mapper();
		String stored = new String(this.jdbc.queryForObject(
				"select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 1",
				byte[].class, id), StandardCharsets.UTF_8);
		assertThat(history.path(1).path("event"))
			.isEqualTo(plain.readTree(plain.writeValueAsString(plain.readValue(stored, FollowUpRecorded.class))));
		assertThat(history.path(0).path("event").path("person").path("name").asText()).startsWith("患者");
		assertThat(historyJson(id, 1)).as("no copy of the stored visit").isNull();
		assertThat(plain.readTree(historyJson(id, 0)).path("person").path("name").asText()).startsWith("患者");
	}

	private String historyJson(String id, int sequence) {
		return this.jdbc.queryForObject("select json from q_case_history where patient_id = ? and sequence = ?",
				String.class, id, sequence);
	}

	long events() {
		return this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

	String register() {
		Answer created = this.api.post("doctor", "/api/patients", Forms.registration(person()));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return created.text("id");
	}

	static synchronized int person() {
		return nextPerson++;
	}

	/**
	 * Sends a write that must be refused, and checks it is refused with problem+json and
	 * leaves no event.
	 */
	Answer refused(int status, String path, String body) {
		long before = events();
		Answer answer = this.api.post("doctor", path, body);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.body().path("status").asInt()).isEqualTo(status);
		assertThat(answer.text("detail")).isNotBlank();
		assertThat(events()).as("a refused command leaves no event").isEqualTo(before);
		return answer;
	}

	static String field(Answer answer) {
		return answer.body().path("errors").path(0).path("field").asText(null);
	}

	@Test
	void registersAPatient() {
		Answer created = this.api.post("doctor", "/api/patients", Forms.registration(person()));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/patients/" + created.text("id"));
		assertThat(created.header("X-Consistency-Token")).isNotBlank();
		Answer view = this.api.getAfter(created, "doctor", "/api/patients/" + created.text("id"));
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.text("status")).isEqualTo("ACTIVE");
		assertThat(view.text("disorder")).isEqualTo("SCHIZOPHRENIA");
		assertThat(view.text("nextDueDate")).isEqualTo("2024-01-24");
	}

	/**
	 * The token is the position of the case's last event, also when one visit appends two
	 * (a visit that finds the patient gone appends the loss after the visit).
	 */
	@Test
	void theConsistencyTokenIsThePositionOfTheCasesLastEvent() {
		String id = register();
		this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY));
		int before = positionsOf(id).size();
		Answer lost = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				"{\"date\":\"" + DAY.plusDays(1) + "\",\"form\":\"PHONE\",\"lostReason\":\"MISSING\"}");
		assertThat(lost.status()).as(lost.raw()).isEqualTo(201);
		List<Long> positions = positionsOf(id);
		assertThat(positions).hasSize(before + 2);
		assertThat(lost.header("X-Consistency-Token")).isEqualTo(positions.get(positions.size() - 1).toString());
	}

	/**
	 * The token is heard from the event's insert: a visit reads no position back from the
	 * store (a round trip per write on PostgreSQL), and the insert itself answers the
	 * position, taken as the column's default (no {@code nextval} before it).
	 */
	@Test
	void aWritesTokenIsHeardFromItsInsert() throws Exception {
		assertThat(this.persistence.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(DomainEventEntry.class)
			.getGenerator()).isInstanceOf(IdentityGenerator.class);
		String id = register();
		HibernateStatistics.during(this.persistence, (statistics) -> {
			Answer visit = this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY));
			assertThat(visit.status()).as(visit.raw()).isEqualTo(201);
			List<Long> positions = positionsOf(id);
			assertThat(visit.header("X-Consistency-Token")).isEqualTo(positions.get(positions.size() - 1).toString());
			assertThat(statistics.getQueries()).as("queries the visit ran")
				.isNotEmpty()
				.noneMatch((query) -> query.startsWith("select e.globalIndex from DomainEventEntry"));
		});
	}

	private List<Long> positionsOf(String patientId) {
		return this.jdbc.queryForList(
				"select global_index from domain_event_entry where aggregate_identifier = ? order by global_index",
				Long.class, patientId);
	}

	@Test
	void aRefusedConsentIsRegisteredAndKept() {
		String body = Forms.registration(person()).replace("\"given\":true", "\"given\":false");
		Answer created = this.api.post("doctor", "/api/patients", body);
		assertThat(created.status()).isEqualTo(201);
		Answer view = this.api.getAfter(created, "doctor", "/api/patients/" + created.text("id"));
		assertThat(view.body().path("registration").path("consent").path("given").asBoolean(true)).isFalse();
	}

	@Test
	void logsTheFullNationalFormAndAnswersTheClassification() {
		String id = register();
		Answer visit = this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.fullVisit(DAY));
		assertThat(visit.status()).as(visit.raw()).isEqualTo(201);
		assertThat(visit.text("computedClassification")).isEqualTo("BASICALLY_STABLE");
		assertThat(visit.text("doctorClassification")).isEqualTo("BASICALLY_STABLE");
		assertThat(visit.text("nextDueDate")).isEqualTo(DAY.plusDays(10).toString());
		Answer unstable = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				"""
						{"date":"2025-04-01","form":"CLINIC","dangerLevel":4,"adherence":"NONE","hospitalisation":"NONE","classification":"BASICALLY_STABLE"}""");
		assertThat(unstable.text("computedClassification")).isEqualTo("UNSTABLE");
		assertThat(unstable.text("doctorClassification")).isEqualTo("BASICALLY_STABLE");
		assertThat(unstable.text("classification")).isEqualTo("BASICALLY_STABLE");
		assertThat(unstable.text("nextDueDate")).isEqualTo("2025-04-15");
		Answer view = this.api.getAfter(unstable, "doctor", "/api/patients/" + id);
		assertThat(view.body().path("history")).hasSize(3);
		assertThat(view.body().path("history").path(1).path("event").path("visit").path("medication")).hasSize(2);
		assertThat(view.body().path("latestDangerLevel").asInt()).isEqualTo(4);
	}

	@Test
	void walksACaseThroughReferralHospitalTeamTransferAndDeath() {
		String id = register();
		String base = "/api/patients/" + id;
		assertThat(this.api.post("doctor", base + "/risk-assessments", "{\"date\":\"2025-03-01\",\"dangerLevel\":4}")
			.status()).isEqualTo(201);
		Answer referral = this.api.post("doctor", base + "/referrals",
				"{\"date\":\"2025-03-01\",\"reason\":\"危险性4级\",\"urgency\":\"EMERGENCY\",\"hospital\":\"上海市精神卫生中心\"}");
		assertThat(referral.status()).isEqualTo(201);
		String referralId = referral.text("id");
		assertThat(this.api
			.post("hospital", base + "/referrals/" + referralId + "/outcome",
					"{\"date\":\"2025-03-02\",\"outcome\":\"ADMITTED\"}")
			.status()).isEqualTo(201);
		assertThat(
				this.api.post("hospital", base + "/admissions", "{\"date\":\"2025-03-02\",\"hospital\":\"上海市精神卫生中心\"}")
					.status())
			.isEqualTo(201);
		Answer discharged = this.api.post("hospital", base + "/discharges",
				"{\"date\":\"2025-04-02\",\"hospital\":\"上海市精神卫生中心\",\"summary\":\"好转出院\",\"medication\":[{\"drug\":\"奥氮平\",\"eveningMg\":10}]}");
		assertThat(discharged.status()).isEqualTo(201);
		assertThat(this.api.getAfter(discharged, "doctor", base).text("nextDueDate")).isEqualTo("2025-04-16");
		assertThat(this.api.post("doctor", base + "/care-team",
				"{\"date\":\"2025-03-01\",\"members\":[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"},{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"lead\":true}]}")
			.status()).isEqualTo(201);
		assertThat(this.api
			.send("doctor", "PUT", base + "/care-team",
					"{\"date\":\"2025-05-01\",\"members\":[{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"lead\":true}]}",
					Map.of())
			.status()).isEqualTo(200);
		assertThat(this.api.post("doctor", base + "/rehabilitation", "{\"date\":\"2025-05-02\",\"kind\":\"社区康复站\"}")
			.status()).isEqualTo(201);
		assertThat(this.api
			.post("doctor", base + "/psychological-support", "{\"date\":\"2025-05-02\",\"recipient\":\"FAMILY\"}")
			.status()).isEqualTo(201);
		assertThat(
				this.api.post("doctor", base + "/loss-to-follow-up", "{\"date\":\"2025-06-01\",\"reason\":\"MISSING\"}")
					.status())
			.isEqualTo(201);
		assertThat(this.api
			.post("doctor", base + "/transfers", "{\"date\":\"2025-07-01\",\"toJurisdiction\":\"310105005001\"}")
			.status()).isEqualTo(201);
		assertThat(this.api.post("doctor", base + "/follow-ups", Forms.stableVisit(LocalDate.of(2025, 7, 2))).status())
			.as("proposed, not yet accepted: still the sender's case")
			.isEqualTo(201);
		Answer arrived = this.api.post("doctor", base + "/arrivals", "{\"date\":\"2025-07-05\"}");
		assertThat(arrived.status()).isEqualTo(201);
		assertThat(this.api.getAfter(arrived, "doctor", base).text("jurisdiction")).isEqualTo("310105005001");
		assertThat(this.api.post("doctor", base + "/follow-ups", Forms.stableVisit(LocalDate.of(2025, 7, 10))).status())
			.isEqualTo(201);
		Answer died = this.api.post("doctor", base + "/death", "{\"date\":\"2025-08-01\",\"cause\":\"SUICIDE\"}");
		assertThat(died.status()).isEqualTo(201);
		Answer view = this.api.getAfter(died, "doctor", base);
		assertThat(view.text("status")).isEqualTo("DECEASED");
		assertThat(view.body().path("history").findValuesAsText("type")).containsSubsequence("PatientRegistered",
				"RiskAssessed", "PatientReferred", "ReferralOutcomeRecorded", "PatientAdmitted", "PatientDischarged",
				"PatientLostToFollowUp", "TransferProposed", "FollowUpRecorded", "PatientTransferredOut",
				"PatientTransferredIn", "FollowUpRecorded", "PatientDied");
		refused(409, base + "/follow-ups", Forms.stableVisit(LocalDate.of(2025, 8, 2)));
		refused(409, base + "/risk-assessments", "{\"date\":\"2025-08-02\",\"dangerLevel\":1}");
	}

	@Test
	void aDeregisteredCaseTakesNoRecords() {
		String id = register();
		assertThat(this.api
			.post("doctor", "/api/patients/" + id + "/deregistration", "{\"date\":\"2025-02-01\",\"reason\":\"诊断修订\"}")
			.status()).isEqualTo(201);
		Answer answer = refused(409, "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY));
		assertThat(answer.text("policy")).isEqualTo("ClinicalRecordsStopAtClosure");
		assertThat(answer.text("caseStatus")).isEqualTo("DEREGISTERED");
	}

	@Test
	void aVisitInTheFutureOrBeforeRegistrationIsRefused() {
		String id = register();
		Answer future = refused(400, "/api/patients/" + id + "/follow-ups",
				Forms.stableVisit(LocalDate.now().plusDays(2)));
		assertThat(field(future)).isEqualTo("date");
		assertThat(future.text("policy")).isEqualTo("NoRecordsInTheFuture");
		Answer early = refused(400, "/api/patients/" + id + "/follow-ups",
				Forms.stableVisit(LocalDate.of(2023, 12, 31)));
		assertThat(early.text("policy")).isEqualTo("NoRecordsBeforeRegistration");
	}

	@Test
	void onlyTheSixSevereDiagnosesAreRegistered() {
		Answer answer = refused(400, "/api/patients",
				Forms.registration(person(), Forms.COMMUNITY, "F32.1", LocalDate.of(2024, 1, 10)));
		assertThat(field(answer)).isEqualTo("diagnosis.code");
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		int n = person();
		String good = Forms.idNumber(n);
		char wrong = good.charAt(17) == '1' ? '2' : '1';
		String body = Forms.registration(n).replace(good, good.substring(0, 17) + wrong);
		assertThat(field(refused(400, "/api/patients", body))).isEqualTo("idNumber");
	}

	@Test
	void theSameIdNumberTwiceNamesTheExistingCase() {
		int n = person();
		Answer first = this.api.post("doctor", "/api/patients", Forms.registration(n));
		Answer second = refused(409, "/api/patients", Forms.registration(n));
		assertThat(second.text("existingPatientId")).isEqualTo(first.text("id"));
		assertThat(second.text("detail")).contains(first.text("id"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "310105", "31010500200", "abc", "320682100009" })
	void aPatientBelongsToAKnownTwelveDigitCommunity(String community) {
		Answer answer = refused(400, "/api/patients",
				Forms.registration(person(), community, "F20", LocalDate.of(2024, 1, 10)));
		assertThat(field(answer)).isEqualTo("jurisdiction");
	}

	@Test
	void aDangerLevelOutsideZeroToFiveIsRefused() {
		String id = register();
		Answer answer = refused(400, "/api/patients/" + id + "/follow-ups",
				Forms.visit(DAY, "PHONE", 7, "REGULAR", "NONE"));
		assertThat(field(answer)).isEqualTo("dangerLevel");
		assertThat(field(refused(400, "/api/patients/" + id + "/risk-assessments",
				"{\"date\":\"2025-03-01\",\"dangerLevel\":-1}")))
			.isEqualTo("dangerLevel");
	}

	@Test
	void malformedJsonWrongTypesAndUnknownEnumsNameTheField() {
		String id = register();
		String path = "/api/patients/" + id + "/follow-ups";
		refused(400, path, "{\"date\":\"2025-03-14\",");
		assertThat(field(refused(400, path,
				"{\"date\":\"2025-03-14\",\"form\":\"PHONE\",\"dangerLevel\":\"high\",\"adherence\":\"REGULAR\",\"hospitalisation\":\"NONE\"}")))
			.isEqualTo("dangerLevel");
		assertThat(field(refused(400, path,
				"{\"date\":\"2025-03-14\",\"form\":\"BOAT\",\"dangerLevel\":1,\"adherence\":\"REGULAR\",\"hospitalisation\":\"NONE\"}")))
			.isEqualTo("form");
		assertThat(field(refused(400, path,
				"{\"date\":\"14/03/2025\",\"form\":\"PHONE\",\"dangerLevel\":1,\"adherence\":\"REGULAR\",\"hospitalisation\":\"NONE\"}")))
			.isEqualTo("date");
		assertThat(field(refused(400, path,
				"{\"date\":\"2025-03-14\",\"form\":\"PHONE\",\"dangerLevel\":1.5,\"adherence\":\"REGULAR\",\"hospitalisation\":\"NONE\"}")))
			.isEqualTo("dangerLevel");
	}

	@Test
	void anUnknownOrMissingListEntryIsNamedByItsPath() {
		String path = "/api/patients/" + register() + "/follow-ups";
		String visit = "{\"date\":\"2025-03-14\",\"form\":\"PHONE\",\"dangerLevel\":1,\"adherence\":\"REGULAR\",\"hospitalisation\":\"NONE\",";
		Map.of("\"symptoms\":[\"FLYING\"]}", "symptoms[0]", "\"symptoms\":[null]}", "symptoms[0]",
				"\"symptoms\":[\"HALLUCINATION\",null]}", "symptoms[1]", "\"informants\":[null]}", "informants[0]",
				"\"medication\":[null]}", "medication[0]")
			.forEach((list, entry) -> assertThat(field(refused(400, path, visit + list))).as(list).isEqualTo(entry));
	}

	@Test
	void noInputOfAnyShapeGivesAServerError() {
		String id = register();
		List<String> paths = List.of("/api/patients", "/api/patients/" + id + "/follow-ups",
				"/api/patients/" + id + "/risk-assessments", "/api/patients/" + id + "/referrals",
				"/api/patients/" + id + "/referrals/nope/outcome", "/api/patients/" + id + "/admissions",
				"/api/patients/" + id + "/discharges", "/api/patients/" + id + "/rehabilitation",
				"/api/patients/" + id + "/psychological-support", "/api/patients/" + id + "/transfers",
				"/api/patients/" + id + "/arrivals", "/api/patients/" + id + "/death",
				"/api/patients/" + id + "/deregistration", "/api/patients/" + id + "/loss-to-follow-up",
				"/api/patients/" + id + "/care-team", "/api/patients/" + id + "/care-team/dissolution",
				"/api/patients/not-a-uuid/follow-ups", "/api/patients/" + UUID.randomUUID() + "/death",
				"/api/patients/" + id + "/care-team/notes", "/api/patients/" + id + "/care-team/tasks",
				"/api/patients/" + id + "/care-team/tasks/nope/completion",
				"/api/patients/" + id + "/emergency-handling", "/api/patients/" + id + "/alerts/x/acknowledgement",
				"/api/patients/" + id + "/alerts/x/resolution", "/api/patients/" + id + "/identity-erasure");
		List<String> bodies = List.of("", "null", "[]", "\"text\"", "42", "{}", "{\"date\":null}",
				"{\"date\":\"2025-02-30\"}", "{\"date\":\"2025-03-14\",\"dangerLevel\":99999999999}",
				"{\"date\":{\"nested\":[1,2,3]},\"form\":[\"PHONE\"]}", "[".repeat(2000),
				"{\"members\":[null],\"date\":\"2025-03-14\"}", "{\"medication\":[{}],\"date\":\"2025-03-14\"}",
				"{\"date\":\"2025-03-14\",\"toJurisdiction\":\"99\"}",
				"{\"date\":\"2025-03-14\",\"handledBy\":[null],\"description\":\"x\"}",
				"{\"title\":\"t\",\"assignee\":\"police\",\"dueDate\":\"not-a-date\"}",
				"{\"date\":\"2025-03-14\",\"cause\":\"SOMATIC_DISEASE\",\"somaticCause\":\"HEART\"}");
		long before = events();
		int accepted = 0;
		for (String path : paths) {
			for (String body : bodies) {
				Answer answer = this.api.post("doctor", path, body);
				assertThat(answer.status())
					.as(path + " <- " + body.substring(0, Math.min(60, body.length())) + ": " + answer.raw())
					.isLessThan(500);
				if (answer.status() >= 400) {
					assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
				}
				else {
					accepted++;
				}
			}
		}
		assertThat(events() - before).isEqualTo(accepted);
	}

	@Test
	void aDoctorWritesOnlyWithinTheirJurisdiction() {
		String id = register();
		long before = events();
		Answer elsewhere = this.api.post("doctor2", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY));
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.text("detail")).isEqualTo("There is no such case in your scope.");
		Answer registration = this.api.post("doctor2", "/api/patients", Forms.registration(person()));
		assertThat(registration.status()).isEqualTo(400);
		assertThat(field(registration)).isEqualTo("jurisdiction");
		assertThat(events()).isEqualTo(before);
	}

	@Test
	void theEventStoreHoldsNoReadableIdentity() {
		int n = person();
		String id = this.api.post("doctor", "/api/patients", Forms.registration(n)).text("id");
		List<String> payloads = this.jdbc.query("select payload from domain_event_entry where aggregate_identifier = ?",
				(rs, i) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8), id);
		assertThat(payloads).hasSize(1);
		assertThat(payloads.get(0)).contains("\"ciphertext\"")
			.doesNotContain("患者" + n, "家属" + n, Forms.idNumber(n), "13800000000", "13900000000", "华阳路" + n + "号");
	}

	@Test
	void erasingTheKeyMakesTheIdentityUnreadableEverywhereButTheRatesStillCount() {
		int n = person();
		String id = this.api.post("doctor", "/api/patients", Forms.registration(n)).text("id");
		Answer visit = this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY));
		long registeredBefore = this.api
			.getAfter(visit, "admin", "/api/indicators?jurisdiction=310105002001&period=2025")
			.body()
			.path("indicators")
			.path(0)
			.path("numerator")
			.asLong();
		assertThat(this.api
			.post("doctor", "/api/patients/" + id + "/identity-erasure",
					"{\"date\":\"2025-04-01\",\"reason\":\"登记错误\"}")
			.status()).isEqualTo(403);
		Answer erased = this.api.post("admin", "/api/patients/" + id + "/identity-erasure",
				"{\"date\":\"2025-04-01\",\"reason\":\"登记错误\"}");
		assertThat(erased.status()).as(erased.raw()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select count(*) from identity_key where patient_id = ?", Long.class, id))
			.isZero();
		Answer view = this.api.getAfter(erased, "doctor", "/api/patients/" + id);
		assertThat(view.raw()).doesNotContain("患者" + n, Forms.idNumber(n), "13900000000");
		assertThat(view.body().path("registration").isMissingNode()).as("no registration shown").isTrue();
		assertThat(view.body().path("history").path(0).path("event").path("person").isNull()).isTrue();
		assertThat(view.body().path("history").path(0).path("event").path("guardian").isNull()).isTrue();
		assertThat(this.api.get("admin", "/api/indicators?jurisdiction=310105002001&period=2025")
			.body()
			.path("indicators")
			.path(0)
			.path("numerator")
			.asLong()).as("the anonymous history still counts").isEqualTo(registeredBefore);
		assertThat(this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY.plusDays(30)))
			.status()).as("the aggregate still loads without the identity").isEqualTo(201);
		assertThat(this.api.post("doctor", "/api/patients", Forms.registration(n)).status())
			.as("the person can be registered anew")
			.isEqualTo(201);
	}

	@Test
	void anUnknownCaseIs404AndAMalformedIdIs400() {
		refused(404, "/api/patients/" + UUID.randomUUID() + "/follow-ups", Forms.stableVisit(DAY));
		assertThat(field(refused(400, "/api/patients/12345/follow-ups", Forms.stableVisit(DAY)))).isEqualTo("id");
	}

	@Test
	void concurrentVisitsToOneCaseAreAllKeptOrAnswered409NeverLostOrDoubled() throws Exception {
		String id = register();
		int writers = 6;
		int visitsEach = 5;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
		java.util.List<java.util.concurrent.Future<java.util.List<Integer>>> results = new java.util.ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			results.add(pool.submit(() -> {
				java.util.List<Integer> statuses = new java.util.ArrayList<>();
				for (int v = 0; v < visitsEach; v++) {
					statuses.add(
							this.api
								.post("doctor", "/api/patients/" + id + "/follow-ups",
										Forms.stableVisit(DAY.plusDays(writer * visitsEach + v)))
								.status());
				}
				return statuses;
			}));
		}
		java.util.List<Integer> statuses = new java.util.ArrayList<>();
		for (java.util.concurrent.Future<java.util.List<Integer>> result : results) {
			statuses.addAll(result.get());
		}
		pool.shutdown();
		assertThat(statuses).allMatch((status) -> status == 201 || status == 409);
		long kept = statuses.stream().filter((status) -> status == 201).count();
		assertThat(kept).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
				+ "and payload_type like '%FollowUpRecorded'", Long.class, id))
			.isEqualTo(kept);
		java.util.List<Long> sequence = this.jdbc.queryForList(
				"select sequence_number from domain_event_entry where aggregate_identifier = ? order by sequence_number",
				Long.class, id);
		assertThat(sequence).as("no gap, no duplicate")
			.isEqualTo(java.util.stream.LongStream.range(0, sequence.size()).boxed().toList());
	}

	@Test
	void aRetriedPostWithTheSameIdempotencyKeyRecordsNothingNew() {
		String id = register();
		String key = UUID.randomUUID().toString();
		Map<String, String> headers = Map.of("Idempotency-Key", key);
		Answer first = this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY), headers);
		long after = events();
		Answer retry = this.api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(DAY), headers);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.raw()).isEqualTo(first.raw());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(events()).isEqualTo(after);
		Answer other = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.stableVisit(DAY.plusDays(1)), headers);
		assertThat(other.status()).isEqualTo(422);
		assertThat(events()).isEqualTo(after);
	}

	@Test
	void aRefusedRequestDoesNotBurnItsIdempotencyKey() {
		String id = register();
		Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		Answer refused = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.visit(DAY, "PHONE", 9, "REGULAR", "NONE"), headers);
		assertThat(refused.status()).isEqualTo(400);
		Answer fixed = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.visit(DAY, "PHONE", 1, "REGULAR", "NONE"), headers);
		assertThat(fixed.status()).as("the refused attempt stored nothing under the key").isEqualTo(201);
		Answer retry = this.api.post("doctor", "/api/patients/" + id + "/follow-ups",
				Forms.visit(DAY, "PHONE", 1, "REGULAR", "NONE"), headers);
		assertThat(retry.raw()).isEqualTo(fixed.raw());
	}

	@Test
	void everyEndpointNeedsALoginButHealth() {
		assertThat(this.api.get(null, "/actuator/health").status()).isEqualTo(200);
		Answer anonymous = this.api.post(null, "/api/patients", Forms.registration(person()));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
		assertThat(this.api.get(null, "/v3/api-docs").status()).isEqualTo(401);
		assertThat(this.api.post("police", "/api/patients", Forms.registration(person())).status()).isEqualTo(403);
	}

	@Test
	void theOpenApiDescriptionListsTheWriteEndpoints() {
		Answer docs = this.api.get("doctor", "/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().path("paths").has("/api/patients/{id}/follow-ups")).isTrue();
		assertThat(docs.body().path("paths").has("/api/jurisdictions/{code}")).isTrue();
	}

	@Test
	void jurisdictionsAreDefinedByPut() {
		Answer created = this.api.put("admin", "/api/jurisdictions/310105002003",
				"{\"name\":\"新居委\",\"population\":3000}");
		assertThat(created.status()).isEqualTo(201);
		Answer updated = this.api.put("admin", "/api/jurisdictions/310105002003",
				"{\"name\":\"新居委\",\"population\":3100}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(this.api
			.post("doctor", "/api/patients",
					Forms.registration(person(), "310105002003", "F31", LocalDate.of(2024, 1, 10)))
			.status()).isEqualTo(201);
		assertThat(
				this.api.put("doctor", "/api/jurisdictions/310105002004", "{\"name\":\"x\",\"population\":1}").status())
			.isEqualTo(403);
		assertThat(this.api.put("admin", "/api/jurisdictions/31010", "{\"name\":\"x\",\"population\":1}").status())
			.isEqualTo(400);
	}

}
