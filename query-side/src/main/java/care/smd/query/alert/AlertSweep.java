package care.smd.query.alert;

import java.time.Clock;
import java.time.LocalDate;
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
	 * A candidate alert, and the query that must still find its cause when it is raised.
	 */
	record Due(String patientId, String jurisdiction, LocalDate date, String about, String stillDue, Object[] args) {
	}

	@Scheduled(fixedDelayString = "${smd.alerts.sweep-interval:PT1M}",
			initialDelayString = "${smd.alerts.sweep-initial-delay:PT30S}")
	void sweep() {
		LocalDate today = LocalDate.now(this.clock);
		List<Due> overdue = this.jdbc.query(
				"select id, jurisdiction, next_due from q_case_view where status in ('ACTIVE', 'LOST') "
						+ "and in_hospital = false and next_due < ?",
				(rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(3, LocalDate.class).toString(),
						"select count(*) from q_case_view where id = ? and status in ('ACTIVE', 'LOST') "
								+ "and in_hospital = false and next_due = ?",
						new Object[] { rs.getString(1), rs.getObject(3, LocalDate.class) }),
				today);
		overdue.forEach((due) -> raise(due, AlertKind.FOLLOW_UP_OVERDUE, due.date().plusDays(1)));
		List<Due> referrals = this.jdbc.query(
				"select patient_id, jurisdiction, date, id from q_referral where outcome is null and date < ?",
				(rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4).substring(rs.getString(4).indexOf(':') + 1),
						"select count(*) from q_referral where id = ? and outcome is null",
						new Object[] { rs.getString(4) }),
				today.minusDays(this.referralDays));
		referrals
			.forEach((due) -> raise(due, AlertKind.REFERRAL_WITHOUT_OUTCOME, due.date().plusDays(this.referralDays)));
		List<Due> transfers = this.jdbc.query(
				"select patient_id, from_jurisdiction, proposed_on, id from q_transfer where status = 'PENDING' "
						+ "and proposed_on < ?",
				(rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(3, LocalDate.class).toString(),
						"select count(*) from q_transfer where id = ? and status = 'PENDING'",
						new Object[] { rs.getString(4) }),
				today.minusDays(this.transferDays));
		transfers.forEach((due) -> raise(due, AlertKind.TRANSFER_PENDING, due.date().plusDays(this.transferDays)));
	}

	private void raise(Due due, AlertKind kind, LocalDate raisedAt) {
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
				if (this.entities.find(AlertRow.class, AlertRow.id(due.patientId(), kind, due.about())) == null) {
					AlertRow alert = new AlertRow(due.patientId(), due.jurisdiction(), kind, due.about(), raisedAt);
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
