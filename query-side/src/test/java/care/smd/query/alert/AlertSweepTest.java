package care.smd.query.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import care.smd.kernel.alert.AlertKind;
import care.smd.query.support.MigratedDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar sweep proposes each alert the day calls for once: a cause whose alert is
 * there already, in any status, is not looked at again, on either database.
 */
class AlertSweepTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@RegisterExtension
	static final MigratedDatabases databases = new MigratedDatabases();

	@Test
	void onPostgresqlOnlyTheCausesWithoutTheirAlertAreDue() {
		onlyTheCausesWithoutTheirAlertAreDue(databases.postgresql());
	}

	@Test
	void onH2OnlyTheCausesWithoutTheirAlertAreDue() {
		onlyTheCausesWithoutTheirAlertAreDue(databases.h2());
	}

	private void onlyTheCausesWithoutTheirAlertAreDue(DataSource database) {
		JdbcTemplate jdbc = new JdbcTemplate(database);
		caseView(jdbc, "new-overdue", "ACTIVE", false, "2026-08-01");
		caseView(jdbc, "raised", "ACTIVE", false, "2026-08-01");
		alert(jdbc, "raised", "FOLLOW_UP_OVERDUE", "2026-08-01", "ACKNOWLEDGED");
		caseView(jdbc, "overdue-again", "LOST", false, "2026-09-15");
		alert(jdbc, "overdue-again", "FOLLOW_UP_OVERDUE", "2026-05-01", "RESOLVED");
		caseView(jdbc, "in-hospital", "ACTIVE", true, "2026-08-01");
		caseView(jdbc, "not-yet", "ACTIVE", false, "2026-12-02");
		caseView(jdbc, "deceased", "DECEASED", false, "2026-08-01");
		referral(jdbc, "new-overdue", "R1", "2026-11-24");
		referral(jdbc, "raised", "R2", "2026-10-01");
		alert(jdbc, "raised", "REFERRAL_WITHOUT_OUTCOME", "R2", "OPEN");
		referral(jdbc, "not-yet", "R3", "2026-11-25");
		transfer(jdbc, "new-overdue", "2026-11-17");
		transfer(jdbc, "raised", "2026-10-01");
		alert(jdbc, "raised", "TRANSFER_PENDING", "2026-10-01", "RESOLVED");
		try {
			AlertSweep sweep = new AlertSweep(jdbc, null, new DataSourceTransactionManager(database), null, null,
					Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), 7, 14);

			List<String> due = sweep.due(TODAY)
				.stream()
				.map((d) -> AlertRow.id(d.patientId(), d.kind(), d.about()) + " raised " + d.raisedAt())
				.toList();

			assertThat(due).containsExactlyInAnyOrder("new-overdue:FOLLOW_UP_OVERDUE:2026-08-01 raised 2026-08-02",
					"overdue-again:FOLLOW_UP_OVERDUE:2026-09-15 raised 2026-09-16",
					"new-overdue:REFERRAL_WITHOUT_OUTCOME:R1 raised 2026-12-01",
					"new-overdue:TRANSFER_PENDING:2026-11-17 raised 2026-12-01");
		}
		finally {
			List.of("q_alert", "q_referral", "q_transfer", "q_case_view")
				.forEach((table) -> jdbc.update("delete from " + table));
		}
	}

	private static void caseView(JdbcTemplate jdbc, String id, String status, boolean inHospital, String nextDue) {
		jdbc.update(
				"insert into q_case_view (id, jurisdiction, status, in_hospital, care_team, version, next_due) "
						+ "values (?, '330101001001', ?, ?, false, 0, ?)",
				id, status, inHospital, LocalDate.parse(nextDue));
	}

	private static void alert(JdbcTemplate jdbc, String patient, String kind, String about, String status) {
		jdbc.update(
				"insert into q_alert (id, patient_id, jurisdiction, kind, status) values (?, ?, '330101001001', ?, ?)",
				AlertRow.id(patient, AlertKind.valueOf(kind), about), patient, kind, status);
	}

	private static void referral(JdbcTemplate jdbc, String patient, String referral, String date) {
		jdbc.update(
				"insert into q_referral (id, patient_id, jurisdiction, hospital, date) "
						+ "values (?, ?, '330101001001', '上海市精神卫生中心', ?)",
				patient + ":" + referral, patient, LocalDate.parse(date));
	}

	private static void transfer(JdbcTemplate jdbc, String patient, String proposedOn) {
		jdbc.update(
				"insert into q_transfer (id, patient_id, from_jurisdiction, to_jurisdiction, proposed_on, status) "
						+ "values (?, ?, '330101001001', '330102001001', ?, 'PENDING')",
				patient + ":t", patient, LocalDate.parse(proposedOn));
	}

}
