package care.smd.query.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import care.smd.query.patient.DuplicateCandidates.Candidate;
import care.smd.query.patient.DuplicateCandidates.Match;
import care.smd.query.support.MigratedDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A case's duplicate candidates on both databases: other cases with its ID number or with
 * its name, birth date and guardian's phone, never itself nor a merged case, each once,
 * the first registered first, at most twenty; and on H2 read by the fingerprints' indexes
 * rather than by reading every case view.
 */
class DuplicateCandidatesTest {

	@RegisterExtension
	static final MigratedDatabases databases = new MigratedDatabases();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	@Test
	void onPostgresqlCandidatesShareAFingerprintAndComeInTheOrderOfRegistration() {
		sharedFingerprintsInOrder(databases.postgresql());
	}

	@Test
	void onH2CandidatesShareAFingerprintAndComeInTheOrderOfRegistration() {
		sharedFingerprintsInOrder(databases.h2());
	}

	@Test
	void onPostgresqlAtMostTwentyAreShownTheFirstRegistered() {
		atMostTwenty(databases.postgresql());
	}

	@Test
	void onH2AtMostTwentyAreShownTheFirstRegistered() {
		atMostTwenty(databases.h2());
	}

	@Test
	void onH2EachFingerprintIsReadByItsIndex() {
		JdbcTemplate jdbc = casesSharingFingerprints(databases.h2());
		candidatesOf(databases.h2(), "case");

		for (String statement : this.statements) {
			String plan = jdbc.queryForObject("explain " + withValues(statement), String.class);
			assertThat(plan).as(statement).doesNotContain("tableScan").contains("IX_CASE_");
		}
		assertThat(this.statements).as("one for each fingerprint").hasSize(2);
	}

	private void sharedFingerprintsInOrder(DataSource database) {
		casesSharingFingerprints(database);

		List<Candidate> candidates = candidatesOf(database, "case");

		assertThat(candidates).extracting((c) -> c.view().id, Candidate::match)
			.containsExactly(tuple("old-record", Match.ID_NUMBER), tuple("both", Match.ID_NUMBER),
					tuple("typo", Match.NAME_BIRTH_DATE_GUARDIAN_PHONE));
		assertThat(candidatesOf(database, "merged")).as("a merged case has none").isEmpty();
	}

	private static JdbcTemplate casesSharingFingerprints(DataSource database) {
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("delete from q_case_view");
		insert(jdbc, "case", "id-a", "person-a", "ACTIVE", LocalDate.of(2024, 5, 1));
		insert(jdbc, "old-record", "id-a", "person-b", "MOVED_OUT", LocalDate.of(2019, 3, 1));
		insert(jdbc, "typo", "id-c", "person-a", "ACTIVE", LocalDate.of(2025, 1, 2));
		insert(jdbc, "both", "id-a", "person-a", "ACTIVE", LocalDate.of(2025, 1, 2));
		insert(jdbc, "merged", "id-a", "person-a", "MERGED", LocalDate.of(2020, 1, 1));
		insert(jdbc, "stranger", "id-x", "person-x", "ACTIVE", LocalDate.of(2018, 1, 1));
		return jdbc;
	}

	private void atMostTwenty(DataSource database) {
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("delete from q_case_view");
		insert(jdbc, "case", "id-a", "person-a", "ACTIVE", LocalDate.of(2024, 5, 1));
		for (int i = 0; i < 15; i++) {
			insert(jdbc, "same-id-" + i, "id-a", null, "ACTIVE", LocalDate.of(2020, 1, 1).plusDays(2 * i));
			insert(jdbc, "same-person-" + i, null, "person-a", "ACTIVE", LocalDate.of(2020, 1, 2).plusDays(2 * i));
		}

		List<Candidate> candidates = candidatesOf(database, "case");

		assertThat(candidates).hasSize(20);
		assertThat(candidates.get(0).view().id).isEqualTo("same-id-0");
		assertThat(candidates.get(19).view().id).isEqualTo("same-person-9");
	}

	private List<Candidate> candidatesOf(DataSource database, String caseId) {
		EntityManagerFactory factory = entities(database);
		EntityManager entities = factory.createEntityManager();
		try {
			CaseView view = entities.find(CaseView.class, caseId);
			this.statements.clear();
			return new DuplicateCandidates(entities).of(view);
		}
		finally {
			entities.close();
			factory.close();
		}
	}

	private static void insert(JdbcTemplate jdbc, String id, String idFingerprint, String personFingerprint,
			String status, LocalDate registeredOn) {
		jdbc.update("insert into q_case_view (id, jurisdiction, status, id_fingerprint, person_fingerprint,"
				+ " registered_on, version, in_hospital, care_team) values (?, '330101001001', ?, ?, ?, ?, 0, false, false)",
				id, status, idFingerprint, personFingerprint, registeredOn);
	}

	/**
	 * The statement with a value in each parameter (one that every column takes), for its
	 * plan.
	 */
	private static String withValues(String statement) {
		return statement.replaceAll("(?i)(fetch first|limit|offset) \\?", "$1 20").replace("?", "'MERGED'");
	}

	/**
	 * Mapped as the application maps them, to the migrated tables, their statements kept.
	 */
	private EntityManagerFactory entities(DataSource database) {
		StatementInspector kept = (sql) -> {
			if (sql.contains("q_case_view") && sql.contains("_fingerprint=")) {
				this.statements.add(sql);
			}
			return sql;
		};
		return MigratedDatabases.entities(database, CaseView.class,
				Map.of("hibernate.session_factory.statement_inspector", kept));
	}

}
