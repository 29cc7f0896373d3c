package care.smd.standalone.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;
import care.smd.standalone.support.ReadModels;

/**
 * The rows a follow-up updates in the read models (its case view, its indicator timeline,
 * its alert subject) can stay on their page: PostgreSQL writes such an update without a
 * new index entry (HOT) only when no indexed column changes and the page has room
 * (migration V17; docs/benchmarks.md, session 24). An index added on a column a visit
 * changes, such as the next due date, fails this. Events are appended where the last ones
 * went.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class PostgresUpdatesInPlaceTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.postgres(registry);
	}

	@Test
	void aFollowUpChangesNoIndexedColumnOfTheRowsItUpdates() throws InterruptedException {
		Api api = new Api(this.port);
		String id = api.post("doctor", "/api/patients", Forms.registration(9401)).text("id");
		visit(api, id, Forms.stableVisit(LocalDate.of(2024, 2, 15)), 1);
		Map<String, Object> view = row("q_case_view", "id", id);
		Map<String, Object> timeline = row("q_ind_timeline", "patient_id", id);
		Map<String, Object> subject = row("q_alert_subject", "patient_id", id);
		String fileVersion = rowVersion("q_case_file", id);

		// a danger level and a classification that change, as well as the dates
		visit(api, id, Forms.visit(LocalDate.of(2024, 3, 20), "CLINIC", 2, "INTERMITTENT", "NONE"), 2);

		Set<String> viewChanged = changed(view, row("q_case_view", "id", id));
		assertThat(viewChanged).contains("next_due", "last_visit_date", "latest_danger_level", "latest_classification",
				"version");
		assertThat(indexed("q_case_view")).contains("id", "jurisdiction").doesNotContainAnyElementsOf(viewChanged);
		Set<String> timelineChanged = changed(timeline, row("q_ind_timeline", "patient_id", id));
		assertThat(timelineChanged).contains("json");
		assertThat(indexed("q_ind_timeline")).doesNotContainAnyElementsOf(timelineChanged);
		Set<String> subjectChanged = changed(subject, row("q_alert_subject", "patient_id", id));
		assertThat(subjectChanged).contains("latest_visit_date", "latest_danger");
		assertThat(indexed("q_alert_subject")).doesNotContainAnyElementsOf(subjectChanged);
		// the registration stays where it was: the row a follow-up writes again holds
		// none
		assertThat(rowVersion("q_case_file", id)).isEqualTo(fileVersion);
		assertThat(view).doesNotContainKey("registration_json");
	}

	/**
	 * The server prepares a table's checks for every statement, and each case view update
	 * is one: its enumerations' checks were half its cost (migration V19).
	 */
	@Test
	void theCaseViewIsCheckedByItsTypesAlone() {
		assertThat(this.jdbc.queryForList(
				"select conname from pg_constraint where conrelid = 'q_case_view'::regclass and contype = 'c'",
				String.class))
			.isEmpty();
		assertThat(this.jdbc.queryForList(
				"select conname from pg_constraint where conrelid = 'q_alert'::regclass and contype = 'c'",
				String.class))
			.as("a table the migration leaves alone keeps its checks")
			.isNotEmpty();
	}

	@Test
	void theirPagesKeepRoomForTheNextVersions() {
		assertThat(options("q_case_view")).contains("fillfactor=80");
		assertThat(options("q_ind_timeline")).contains("fillfactor=70");
		assertThat(options("q_alert_subject")).contains("fillfactor=80");
	}

	/**
	 * An event joins the end of the store's index of event identifiers, not a random page
	 * of it (TimeOrderedIdentifiers): each identifier begins with the millisecond it was
	 * made, and those rise with the events' positions.
	 */
	@Test
	void eventsJoinTheEndOfTheirIdentifiersIndex() throws InterruptedException {
		long before = System.currentTimeMillis();
		Api api = new Api(this.port);
		String id = api.post("doctor", "/api/patients", Forms.registration(9402)).text("id");
		visit(api, id, Forms.stableVisit(LocalDate.of(2024, 2, 15)), 1);
		visit(api, id, Forms.stableVisit(LocalDate.of(2024, 5, 15)), 2);
		List<UUID> ids = this.jdbc
			.queryForList("select event_identifier from domain_event_entry where aggregate_identifier = ? "
					+ "order by global_index", String.class, id)
			.stream()
			.map(UUID::fromString)
			.toList();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(3).allSatisfy((event) -> assertThat(event.version()).isEqualTo(7));
		List<Long> made = ids.stream().map((event) -> event.getMostSignificantBits() >>> 16).toList();
		assertThat(made).isSorted()
			.allSatisfy((millis) -> assertThat(millis).isBetween(before, System.currentTimeMillis()));
	}

	/** The transaction that wrote the row's current version. */
	private String rowVersion(String table, String id) {
		return this.jdbc.queryForObject("select xmin::text from " + table + " where id = ?", String.class, id);
	}

	private void visit(Api api, String id, String form, long version) throws InterruptedException {
		assertThat(api.post("doctor", "/api/patients/" + id + "/follow-ups", form).status()).isEqualTo(201);
		ReadModels.await(Duration.ofSeconds(10),
				() -> this.jdbc.queryForObject("select count(*) from q_case_view where id = ? and version = ?",
						Integer.class, id, version) == 1
						&& this.jdbc.queryForObject("select count(*) from q_ind_timeline where patient_id = ?",
								Integer.class, id) == 1
						&& this.jdbc.queryForObject("select count(*) from q_alert_subject where patient_id = ? "
								+ "and latest_visit_date is not null", Integer.class, id) == 1);
	}

	private Map<String, Object> row(String table, String key, String id) {
		return this.jdbc.queryForMap("select * from " + table + " where " + key + " = ?", id);
	}

	private static Set<String> changed(Map<String, Object> before, Map<String, Object> after) {
		Set<String> changed = new TreeSet<>();
		after.forEach((column, value) -> {
			if (!Objects.equals(before.get(column), value)) {
				changed.add(column);
			}
		});
		return changed;
	}

	/** Every column any index of the table holds. */
	private Set<String> indexed(String table) {
		return new TreeSet<>(this.jdbc.queryForList("select a.attname from pg_index i join pg_class c on c.oid = "
				+ "i.indrelid join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey) "
				+ "where c.relname = ?", String.class, table));
	}

	private String options(String table) {
		return String.valueOf(this.jdbc.queryForObject(
				"select array_to_string(reloptions, ',') from pg_class where relname = ?", String.class, table));
	}

}
