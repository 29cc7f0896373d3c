package care.smd.query.alert;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import care.smd.kernel.followup.Adherence;

/** What the alert rules remember of a patient between events. */
@Entity
@Table(name = "q_alert_subject")
class AlertSubject {

	@Id
	@Column(length = 36)
	String patientId;

	@Column(length = 12, nullable = false)
	String jurisdiction;

	Integer latestDanger;

	LocalDate latestDangerDate;

	LocalDate latestVisitDate;

	Adherence latestAdherence;

	boolean careTeam;

	/** the care team's user ids, comma-separated, for the members' worklists */
	@Column(length = 2000)
	String members;

	LocalDate dischargedOn;

	/** The care team's user ids. */
	java.util.Set<String> teamMembers() {
		return this.members == null ? java.util.Set.of()
				: java.util.Arrays.stream(this.members.split(","))
					.filter((id) -> !id.isEmpty())
					.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** What a notification of one of this patient's alerts needs to know. */
	care.smd.platform.notification.AlertNotice notice(AlertRow alert, java.time.Instant causedAt) {
		return new care.smd.platform.notification.AlertNotice(alert.id, alert.kind.name(), alert.kind.chinese(),
				this.patientId, this.jurisdiction, alert.raisedAt, teamMembers(), causedAt);
	}

	/** the table and columns of {@link #row()} */
	static final String COPY_INTO = "q_alert_subject (patient_id, jurisdiction, latest_danger, latest_danger_date,"
			+ " latest_visit_date, latest_adherence, care_team, members, discharged_on)";

	/** The subject as the columns of {@link #COPY_INTO}: the adherence as its ordinal. */
	Object[] row() {
		Short adherence = this.latestAdherence == null ? null : (short) this.latestAdherence.ordinal();
		return new Object[] { this.patientId, this.jurisdiction, this.latestDanger, this.latestDangerDate,
				this.latestVisitDate, adherence, this.careTeam, this.members, this.dischargedOn };
	}

	protected AlertSubject() {
	}

	AlertSubject(String patientId, String jurisdiction) {
		this.patientId = patientId;
		this.jurisdiction = jurisdiction;
	}

}
