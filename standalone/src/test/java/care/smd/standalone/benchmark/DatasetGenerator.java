package care.smd.standalone.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.ClassificationRules;
import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.DueDates;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.Informant;
import care.smd.kernel.followup.Insight;
import care.smd.kernel.followup.Medication;
import care.smd.kernel.followup.Rating;
import care.smd.kernel.followup.TreatmentEffect;
import care.smd.kernel.followup.VisitForm;
import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.ClinicalBackground;
import care.smd.kernel.patient.Consent;
import care.smd.kernel.patient.Diagnosis;
import care.smd.kernel.patient.EconomicStatus;
import care.smd.kernel.patient.Guardian;
import care.smd.kernel.patient.HouseholdType;
import care.smd.kernel.patient.LockUpStatus;
import care.smd.kernel.patient.PastTreatment;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PersonalDetails;
import care.smd.kernel.patient.Sex;
import care.smd.kernel.testing.Samples;

/**
 * A province of N patients whose proportions follow the national figures of 2018
 * (domain.md §12), deterministic for a seed. Patients are registered and visited with the
 * same events the Patient aggregate emits (classification and due date computed by the
 * same pure kernel rules), appended straight to the event store through Axon's
 * {@link EventStore} in batches: going through the command gateway one visit at a time
 * would take hours at 100,000 patients. Jurisdictions are defined through the real
 * command path. The same data goes into a normalized {@code bench_patient} /
 * {@code bench_follow_up} pair of tables: what a plain CRUD system would keep, for the
 * SQL baseline.
 */
final class DatasetGenerator {

	static final String PROVINCE = "33";

	static final LocalDate FIRST_VISITS = LocalDate.of(2024, 1, 1);

	static final LocalDate LAST_VISITS = LocalDate.of(2026, 11, 20);

	/** Patients per community: a residents' committee of ~19,000 people at 4.3‰. */
	private static final int PER_COMMUNITY = 80;

	private static final int BATCH = 200;

	private final long seed;

	private final int patients;

	private final List<String> communities = new ArrayList<>();

	private final List<String> counties = new ArrayList<>();

	record Dataset(List<String> patientIds, List<String> counties, long events) {
	}

	DatasetGenerator(long seed, int patients) {
		this.seed = seed;
		this.patients = patients;
	}

	/**
	 * The tree: province 33 › prefectures › counties › townships › communities, eight
	 * communities per township, eight townships per county, five counties per prefecture.
	 */
	void defineJurisdictions(CommandGateway gateway) {
		int communityCount = Math.max(1, this.patients / PER_COMMUNITY);
		long perCommunity = Math.round(PER_COMMUNITY / 0.0043);
		gateway
			.sendAndWait(new DefineJurisdiction(JurisdictionCode.of(PROVINCE), "基准省", perCommunity * communityCount));
		for (int c = 0; c < communityCount; c++) {
			int township = c / 8;
			int county = township / 8;
			int prefecture = county / 5;
			String p = PROVINCE + two(prefecture + 1);
			String k = p + two(county % 5 + 1);
			String t = k + three(township % 8 + 1);
			String community = t + three(c % 8 + 1);
			if (c % 320 == 0) {
				gateway.sendAndWait(new DefineJurisdiction(JurisdictionCode.of(p), "市" + (prefecture + 1),
						perCommunity * Math.min(320, communityCount - c)));
			}
			if (c % 64 == 0) {
				gateway.sendAndWait(new DefineJurisdiction(JurisdictionCode.of(k), "县" + (county + 1),
						perCommunity * Math.min(64, communityCount - c)));
				this.counties.add(k);
			}
			if (c % 8 == 0) {
				gateway.sendAndWait(new DefineJurisdiction(JurisdictionCode.of(t), "街道" + (township + 1),
						perCommunity * Math.min(8, communityCount - c)));
			}
			gateway.sendAndWait(new DefineJurisdiction(JurisdictionCode.of(community), "社区" + (c + 1), perCommunity));
			this.communities.add(community);
		}
	}

	Dataset appendPatients(EventStore events, JdbcTemplate jdbc, TransactionTemplate transaction) {
		createBaselineTables(jdbc);
		List<String> ids = new ArrayList<>();
		long appended = 0;
		for (int from = 0; from < this.patients; from += BATCH) {
			int to = Math.min(this.patients, from + BATCH);
			List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
			List<Object[]> baselinePatients = new ArrayList<>();
			List<Object[]> baselineVisits = new ArrayList<>();
			for (int n = from; n < to; n++) {
				Patient patient = patient(n);
				ids.add(patient.id().value());
				batch.addAll(patient.events());
				baselinePatients.add(new Object[] { patient.id().value(), patient.community(), patient.registeredOn(),
						patient.disorder() });
				for (FollowUpForm visit : patient.visits()) {
					baselineVisits.add(new Object[] { patient.id().value(), visit.date(), visit.form().name(),
							visit.dangerLevel().value(), visit.adherence().name(), visit.rehabilitation() });
				}
			}
			appended += batch.size();
			transaction.executeWithoutResult((tx) -> {
				events.publish(batch);
				jdbc.batchUpdate(
						"insert into bench_patient (id, community, registered_on, disorder) values (?, ?, ?, ?)",
						baselinePatients);
				jdbc.batchUpdate("insert into bench_follow_up (patient_id, visit_date, form, danger_level, adherence, "
						+ "rehabilitation) values (?, ?, ?, ?, ?, ?)", baselineVisits);
			});
		}
		return new Dataset(ids, List.copyOf(this.counties), appended);
	}

	private static void createBaselineTables(JdbcTemplate jdbc) {
		jdbc.execute("create table bench_patient (id varchar(36) primary key, community varchar(12) not null, "
				+ "registered_on date not null, disorder varchar(60) not null)");
		jdbc.execute("create index ix_bench_patient_community on bench_patient (community)");
		jdbc.execute("create table bench_follow_up (patient_id varchar(36) not null, visit_date date not null, "
				+ "form varchar(20) not null, danger_level integer, adherence varchar(20), rehabilitation boolean)");
		jdbc.execute("create index ix_bench_follow_up on bench_follow_up (patient_id, visit_date)");
	}

	record Patient(PatientId id, String community, LocalDate registeredOn, String disorder,
			List<GenericDomainEventMessage<?>> events, List<FollowUpForm> visits) {
	}

	/** One patient and their whole history; the same n and seed give the same patient. */
	Patient patient(int n) {
		Random random = new Random(this.seed * 1_000_003L + n);
		PatientId id = PatientId.of(new UUID(this.seed, n).toString());
		String community = this.communities.get(random.nextInt(this.communities.size()));
		LocalDate registeredOn = random.nextDouble() < 0.8 ? LocalDate.of(2015, 1, 1).plusDays(random.nextInt(9 * 365))
				: FIRST_VISITS.plusDays(random.nextInt(900));
		String[] disorder = disorder(random);
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 999);
		PatientRegistered registered = new PatientRegistered(id, JurisdictionCode.of(community), registeredOn,
				new PersonalDetails("患者" + n, n % 2 == 0 ? Sex.MALE : Sex.FEMALE, birth,
						Samples.idNumber(birth, n % 999 + 1), "13800000000", null, HouseholdType.RESIDENT),
				new Guardian("家属" + n, "母亲", "13900000000", null), new Consent(true, "患者" + n, registeredOn),
				Diagnosis.of(disorder[0], disorder[1], "精神卫生中心", registeredOn.minusDays(30)),
				new ClinicalBackground(registeredOn.minusYears(3), "幻听", PastTreatment.INTERMITTENT_OUTPATIENT,
						registeredOn.minusYears(3), 1, EconomicStatus.NOT_POOR, LockUpStatus.NONE),
				DueDates.afterRegistration(registeredOn));
		List<GenericDomainEventMessage<?>> events = new ArrayList<>();
		events.add(message(id, 0, registered));
		List<FollowUpForm> visits = visits(random, registeredOn);
		for (FollowUpForm visit : visits) {
			Classification computed = ClassificationRules.classify(visit);
			events.add(message(id, events.size(), new FollowUpRecorded(id, UUID.randomUUID().toString(), visit,
					computed, null, DueDates.nextDue(visit.date(), computed, null))));
		}
		return new Patient(id, community, registeredOn, disorder[2], events, visits);
	}

	/**
	 * 95% of patients are managed (2018: 94.90%); a managed patient is seen in each
	 * quarter with probability 0.966, so ~83% are seen in all four (standard management
	 * 82.69%). The unstable are seen monthly.
	 */
	private static List<FollowUpForm> visits(Random random, LocalDate registeredOn) {
		List<FollowUpForm> visits = new ArrayList<>();
		if (random.nextDouble() >= 0.949) {
			return visits;
		}
		double state = random.nextDouble();
		int danger = state < 0.806 ? 0 : state < 0.926 ? 1 : 3;
		Adherence adherence = adherence(random);
		boolean rehabilitation = random.nextDouble() < 0.55;
		boolean support = random.nextDouble() < 0.45;
		LocalDate quarter = FIRST_VISITS;
		while (!quarter.isAfter(LAST_VISITS)) {
			if (random.nextDouble() < 0.966) {
				int perQuarter = danger >= 3 ? 3 : 1;
				for (int v = 0; v < perQuarter; v++) {
					LocalDate date = quarter.plusMonths(v).plusDays(random.nextInt(28));
					if (date.isAfter(registeredOn) && !date.isAfter(LAST_VISITS)) {
						visits.add(visit(random, date, danger, adherence, rehabilitation, support));
					}
				}
			}
			quarter = quarter.plusMonths(3);
		}
		return visits;
	}

	private static FollowUpForm visit(Random random, LocalDate date, int danger, Adherence adherence,
			boolean rehabilitation, boolean support) {
		double f = random.nextDouble();
		VisitForm form = f < 0.5 ? VisitForm.HOME_VISIT : f < 0.85 ? VisitForm.CLINIC : VisitForm.PHONE;
		List<Medication> medication = adherence == Adherence.NOT_PRESCRIBED ? List.of()
				: List.of(new Medication("利培酮", BigDecimal.ONE, null, new BigDecimal("2"), null, null));
		return new FollowUpForm(date, form, List.of(Informant.PATIENT), null, null, DangerLevel.of(danger), List.of(),
				null, Insight.COMPLETE, Rating.GOOD, Rating.GOOD, null, null, LockUpStatus.NONE,
				HospitalisationStatus.NONE, null, null, adherence, null, TreatmentEffect.IMPROVED, null, medication,
				List.of(), rehabilitation, support, false, null, null, "医生");
	}

	/**
	 * 2018: 81.30% on medication, 41.78% regular; the rest not taking or not prescribed.
	 */
	private static Adherence adherence(Random random) {
		double a = random.nextDouble();
		return a < 0.418 ? Adherence.REGULAR
				: a < 0.813 ? Adherence.INTERMITTENT : a < 0.943 ? Adherence.NONE : Adherence.NOT_PRESCRIBED;
	}

	/**
	 * ICD-10 code, accompanying code, disorder; schizophrenia dominates the registries.
	 */
	private static String[] disorder(Random random) {
		double d = random.nextDouble();
		if (d < 0.72) {
			return new String[] { "F20.0", null, "SCHIZOPHRENIA" };
		}
		if (d < 0.84) {
			return new String[] { "F31.2", null, "BIPOLAR_DISORDER" };
		}
		if (d < 0.90) {
			return new String[] { "F71", "F20.0", "INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER" };
		}
		if (d < 0.94) {
			return new String[] { "F06.2", "G40.9", "MENTAL_DISORDER_DUE_TO_EPILEPSY" };
		}
		if (d < 0.97) {
			return new String[] { "F22.0", null, "PERSISTENT_DELUSIONAL_DISORDER" };
		}
		return new String[] { "F25.0", null, "SCHIZOAFFECTIVE_DISORDER" };
	}

	private static GenericDomainEventMessage<?> message(PatientId id, long sequence, Object payload) {
		return new GenericDomainEventMessage<>("Patient", id.value(), sequence, payload,
				MetaData.with("user", "generator").and("roles", "SYSTEM"));
	}

	private static String two(int n) {
		return String.format("%02d", n);
	}

	private static String three(int n) {
		return String.format("%03d", n);
	}

}
