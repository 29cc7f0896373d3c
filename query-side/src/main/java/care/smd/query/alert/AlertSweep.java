package care.smd.query.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.alert.AlertKind;
import care.smd.platform.notification.Notifications;

/**
 * Alerts that come from the calendar: a follow-up past its due date, a referral without
 * an outcome after {@code smd.alerts.referral-days}. A sweep of the read models, not a
 * timer per case: it survives restarts by construction, and since an alert's id names its
 * cause (the due date, the referral), a second sweep, or a sweep on another node at the
 * same moment, raises nothing twice (the primary key refuses the copy).
 */
@Component
class AlertSweep {

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	private final TransactionTemplate eachAlert;

	private final AlertStream stream;

	private final Clock clock;

	private final int referralDays;

	private final int transferDays;

	private final Notifications notifications;

	AlertSweep(JdbcTemplate jdbc, EntityManager entities, PlatformTransactionManager transactions, AlertStream stream,
			Notifications notifications, Clock clock, @Value("${smd.alerts.referral-days:7}") int referralDays,
			@Value("${smd.alerts.transfer-pending-days:14}") int transferDays) {
		this.transferDays = transferDays;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.entities = entities;
		this.eachAlert = new TransactionTemplate(transactions);
		this.eachAlert.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.stream = stream;
		this.clock = clock;
		this.referralDays = referralDays;
	}

	/**
	 * An alert the calendar calls for and that is not raised yet, and the query that must
	 * still find its cause when it is raised.
	 */
	record Due(String patientId, String jurisdiction, AlertKind kind, String about, LocalDate raisedAt, String stillDue,
			Object[] args) {
	}

	@Scheduled(fixedDelayString = "${smd.alerts.sweep-interval:PT1M}",
			initialDelayString = "${smd.alerts.sweep-initial-delay:PT30S}")
	void sweep() {
		due(LocalDate.now(this.clock)).forEach(this::raise);
	}

	/**
	 * What to raise today. Each query leaves out the causes whose alert is there already
	 * (in any status): a case stays overdue for weeks, and looking at each of them again
	 * every minute, with a lock and two reads, grew with the country's overdue cases
	 * rather than with the day's new ones.
	 */
	List<Due> due(LocalDate today) {
		List<Due> due = new ArrayList<>();
		due.addAll(this.jdbc.query("select v.id, v.jurisdiction, v.next_due from q_case_view v "
				+ "where v.status in ('ACTIVE', 'LOST') and v.in_hospital = false and v.next_due < ? "
				+ notRaised("v.id || ':FOLLOW_UP_OVERDUE:' || cast(v.next_due as varchar)"), (rs, n) -> {
					LocalDate nextDue = rs.getObject(3, LocalDate.class);
					return new Due(rs.getString(1), rs.getString(2), AlertKind.FOLLOW_UP_OVERDUE, nextDue.toString(),
							nextDue.plusDays(1),
							"select count(*) from q_case_view where id = ? and status in ('ACTIVE', 'LOST') "
									+ "and in_hospital = false and next_due = ?",
							new Object[] { rs.getString(1), nextDue });
				}, today));
		// a referral's id is its patient's, a colon and the referral's own
		due.addAll(this.jdbc.query("select r.patient_id, r.jurisdiction, r.date, r.id from q_referral r "
				+ "where r.outcome is null and r.date < ? "
				+ notRaised(
						"r.patient_id || ':REFERRAL_WITHOUT_OUTCOME' || substring(r.id from char_length(r.patient_id) + 1)"),
				(rs, n) -> new Due(rs.getString(1), rs.getString(2), AlertKind.REFERRAL_WITHOUT_OUTCOME,
						rs.getString(4).substring(rs.getString(1).length() + 1),
						rs.getObject(3, LocalDate.class).plusDays(this.referralDays),
						"select count(*) from q_referral where id = ? and outcome is null",
						new Object[] { rs.getString(4) }),
				today.minusDays(this.referralDays)));
		due.addAll(this.jdbc.query(
				"select t.patient_id, t.from_jurisdiction, t.proposed_on, t.id from q_transfer t "
						+ "where t.status = 'PENDING' and t.proposed_on < ? "
						+ notRaised("t.patient_id || ':TRANSFER_PENDING:' || cast(t.proposed_on as varchar)"),
				(rs, n) -> new Due(rs.getString(1), rs.getString(2), AlertKind.TRANSFER_PENDING,
						rs.getObject(3, LocalDate.class).toString(),
						rs.getObject(3, LocalDate.class).plusDays(this.transferDays),
						"select count(*) from q_transfer where id = ? and status = 'PENDING'",
						new Object[] { rs.getString(4) }),
				today.minusDays(this.transferDays)));
		return due;
	}

	/**
	 * No alert with this id yet: the id as {@link AlertRow#id} writes it (dates as ISO
	 * text, which both databases write for a date cast to text).
	 */
	private static String notRaised(String alertId) {
		return "and not exists (select 1 from q_alert a where a.id = " + alertId + ")";
	}

	private void raise(Due due) {
		try {
			this.eachAlert.executeWithoutResult((tx) -> {
				// the same lock the projection takes: then look again, the cause may have
				// gone meanwhile
				AlertSubject subject = this.entities.find(AlertSubject.class, due.patientId(),
						LockModeType.PESSIMISTIC_WRITE);
				Long still = this.jdbc.queryForObject(due.stillDue(), Long.class, due.args());
				if (subject == null || still == null || still == 0) {
					return;
				}
				if (this.entities.find(AlertRow.class, AlertRow.id(due.patientId(), due.kind(), due.about())) == null) {
					AlertRow alert = new AlertRow(due.patientId(), due.jurisdiction(), due.kind(), due.about(),
							due.raisedAt());
					this.entities.persist(alert);
					this.entities.flush();
					this.stream.announce(alert);
					this.notifications.enqueue(subject.notice(alert, java.time.Instant.now()));
				}
			});
		}
		catch (DataIntegrityViolationException raisedElsewhere) {
			// another node raised the same alert at the same moment: one copy is all we
			// want
		}
	}

}
