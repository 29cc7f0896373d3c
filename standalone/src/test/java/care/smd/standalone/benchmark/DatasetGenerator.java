package care.smd.standalone.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
 * {@link EventStore} in batches, in the order a running system would have stored them
 * ({@link #inTimeOrder}): going through the command gateway one visit at a time would
 * take hours at 100,000 patients. Jurisdictions are defined through the real command
 * path. The same data goes into a normalized {@code bench_patient} /
 * {@code bench_follow_up} pair of tables: what a plain CRUD system would keep, for the
 * SQL baseline.
 */
final class DatasetGenerator {

	static final String PROVINCE = "33";

	static final LocalDate FIRST_VISITS = LocalDate.of(2024, 1, 1);

	static final LocalDate LAST_VISITS = LocalDate.of(2026, 11, 20);

	/** Patients per community: a residents' committee of ~19,000 people at 4.3‰. */
	private static final int PER_COMMUNITY = 80;

	/** events per transaction of the append, about what 200 patients had before */
	private static final int BATCH = 2_500;

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
	 * The tree, each jurisdiction defined through {@code send} (the command gateway):
	 * province 33 › prefectures › counties › townships › communities, eight communities
	 * per township, eight townships per county, five counties per prefecture.
	 */
	void defineJurisdictions(Consumer<Object> send) {
		int communityCount = Math.max(1, this.patients / PER_COMMUNITY);
		long perCommunity = Math.round(PER_COMMUNITY / 0.0043);
		send.accept(new DefineJurisdiction(JurisdictionCode.of(PROVINCE), "基准省", perCommunity * communityCount));
		for (int c = 0; c < communityCount; c++) {
			int township = c / 8;
			int county = township / 8;
			int prefecture = county / 5;
			String p = PROVINCE + two(prefecture + 1);
			String k = p + two(county % 5 + 1);
			String t = k + three(township % 8 + 1);
			String community = t + three(c % 8 + 1);
			if (c % 320 == 0) {
				send.accept(new DefineJurisdiction(JurisdictionCode.of(p), "市" + (prefecture + 1),
						perCommunity * Math.min(320, communityCount - c)));
			}
			if (c % 64 == 0) {
				send.accept(new DefineJurisdiction(JurisdictionCode.of(k), "县" + (county + 1),
						perCommunity * Math.min(64, communityCount - c)));
				this.counties.add(k);
			}
			if (c % 8 == 0) {
				send.accept(new DefineJurisdiction(JurisdictionCode.of(t), "街道" + (township + 1),
						perCommunity * Math.min(8, communityCount - c)));
			}
			send.accept(new DefineJurisdiction(JurisdictionCode.of(community), "社区" + (c + 1), perCommunity));
			this.communities.add(community);
		}
	}

	/**
	 * Every patient's events, appended in the order a running system stores them (see
	 * {@link #inTimeOrder}), in transactions of about {@value #BATCH} events, with the
	 * baseline's rows beside them.
	 */
	Dataset appendPatients(EventStore events, JdbcTemplate jdbc, TransactionTemplate transaction) {
		createBaselineTables(jdbc);
		Chunk chunk = new Chunk(events, jdbc, transaction);
		inTimeOrder(chunk::add);
		chunk.append();
		List<String> ids = IntStream.range(0, this.patients).mapToObj((n) -> idOf(n).value()).toList();
		return new Dataset(ids, List.copyOf(this.counties), chunk.appended);
	}

	/**
	 * The events in the order they would have been stored: month by month, as the days
	 * they record came, and within a month patient after patient, each patient's events
	 * in their own order. Registrations before the first visits' year come first. A
	 * running system's store interleaves the patients this way (a patient is seen once a
	 * month or a quarter); appending each patient's history in one run, as before session
	 * 29, handed a replay each patient's events together, which no store of real use
	 * does. Patients are drawn again for each month they have events in (a draw is
	 * deterministic for the seed), so no month's events need be held at once.
	 */
	void inTimeOrder(Consumer<Event> sink) {
		long[] months = new long[this.patients];
		for (int n = 0; n < this.patients; n++) {
			Patient patient = patient(n);
			for (int i = 0; i < patient.events(); i++) {
				months[n] |= 1L << month(patient.day(i));
			}
		}
		for (int month = 0; month <= month(LAST_VISITS); month++) {
			for (int n = 0; n < this.patients; n++) {
				if ((months[n] & (1L << month)) != 0) {
					Patient patient = patient(n);
					for (int i = 0; i < patient.events(); i++) {
						if (month(patient.day(i)) == month) {
							sink.accept(new Event(patient, i));
						}
					}
				}
			}
		}
	}

	/** 0 before the first visits' year, then one per calendar month from it. */
	static int month(LocalDate day) {
		return day.isBefore(FIRST_VISITS) ? 0
				: 1 + (int) ChronoUnit.MONTHS.between(FIRST_VISITS, day.withDayOfMonth(1));
	}

	/** The {@code index}th event of a patient: the registration, then the visits. */
	record Event(Patient patient, int index) {

		GenericDomainEventMessage<?> message() {
			return this.patient.message(this.index);
		}

	}

	/** Events and baseline rows gathered until there are enough for one transaction. */
	private static final class Chunk {

		private final EventStore events;

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transaction;

		private final List<GenericDomainEventMessage<?>> messages = new ArrayList<>();

		private final List<Object[]> patientRows = new ArrayList<>();

		private final List<Object[]> visitRows = new ArrayList<>();

		private long appended;

		Chunk(EventStore events, JdbcTemplate jdbc, TransactionTemplate transaction) {
			this.events = events;
			this.jdbc = jdbc;
			this.transaction = transaction;
		}

		void add(Event event) {
			Patient patient = event.patient();
			this.messages.add(event.message());
			if (event.index() == 0) {
				this.patientRows.add(new Object[] { patient.id().value(), patient.community(), patient.registeredOn(),
						patient.disorder() });
			}
			else {
				FollowUpForm visit = patient.visits().get(event.index() - 1);
				this.visitRows.add(new Object[] { patient.id().value(), visit.date(), visit.form().name(),
						visit.dangerLevel().value(), visit.adherence().name(), visit.rehabilitation() });
			}
			if (this.messages.size() == BATCH) {
				append();
			}
		}

		void append() {
			if (this.messages.isEmpty()) {
				return;
			}
			this.transaction.executeWithoutResult((tx) -> {
				this.events.publish(this.messages);
				this.jdbc.batchUpdate(
						"insert into bench_patient (id, community, registered_on, disorder) values (?, ?, ?, ?)",
						this.patientRows);
				this.jdbc.batchUpdate("insert into bench_follow_up (patient_id, visit_date, form, danger_level, "
						+ "adherence, rehabilitation) values (?, ?, ?, ?, ?, ?)", this.visitRows);
			});
			this.appended += this.messages.size();
			this.messages.clear();
			this.patientRows.clear();
			this.visitRows.clear();
		}

	}

	private static void createBaselineTables(JdbcTemplate jdbc) {
		jdbc.execute("create table bench_patient (id varchar(36) primary key, community varchar(12) not null, "
				+ "registered_on date not null, disorder varchar(60) not null)");
		jdbc.execute("create index ix_bench_patient_community on bench_patient (community)");
		jdbc.execute("create table bench_follow_up (patient_id varchar(36) not null, visit_date date not null, "
				+ "form varchar(20) not null, danger_level integer, adherence varchar(20), rehabilitation boolean)");
		jdbc.execute("create index ix_bench_follow_up on bench_follow_up (patient_id, visit_date)");
	}

	/**
	 * One patient and their whole history: the registration, then the visits in their
	 * order. Messages are made when asked for, so drawing a patient again is cheap.
	 */
	record Patient(PatientId id, String community, LocalDate registeredOn, String disorder,
			PatientRegistered registered, List<FollowUpForm> visits) {

		int events() {
			return 1 + this.visits.size();
		}

		LocalDate day(int index) {
			return index == 0 ? this.registeredOn : this.visits.get(index - 1).date();
		}

		GenericDomainEventMessage<?> message(int index) {
			if (index == 0) {
				return DatasetGenerator.message(this.id, 0, this.registered);
			}
			FollowUpForm visit = this.visits.get(index - 1);
			Classification computed = ClassificationRules.classify(visit);
			// named by the patient and the visit's place, so that a patient drawn again
			// records the same visit
			String visitId = UUID.nameUUIDFromBytes((this.id.value() + "/" + index).getBytes(StandardCharsets.UTF_8))
				.toString();
			return DatasetGenerator.message(this.id, index, new FollowUpRecorded(this.id, visitId, visit, computed,
					null, DueDates.nextDue(visit.date(), computed, null)));
		}

	}

	private PatientId idOf(int n) {
		return PatientId.of(new UUID(this.seed, n).toString());
	}

	/** One patient; the same n and seed give the same patient. */
	Patient patient(int n) {
		Random random = new Random(this.seed * 1_000_003L + n);
		PatientId id = idOf(n);
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
		return new Patient(id, community, registeredOn, disorder[2], registered, visits(random, registeredOn));
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
