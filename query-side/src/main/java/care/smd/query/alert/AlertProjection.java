package care.smd.query.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import care.smd.kernel.alert.AlertAcknowledged;
import care.smd.kernel.alert.AlertKind;
import care.smd.kernel.alert.AlertResolved;
import care.smd.kernel.alert.AlertStatus;
import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamChanged;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.careteam.CareTeamMember;
import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PatientTransferredIn;
import care.smd.kernel.patient.PatientTransferredOut;
import care.smd.kernel.patient.TransferRejected;
import care.smd.kernel.patient.TransferWithdrawn;
import care.smd.kernel.referral.PatientDischarged;
import care.smd.kernel.referral.ReferralOutcomeRecorded;
import care.smd.platform.notification.Notifications;
import care.smd.query.projection.NewRows;
import care.smd.query.projection.PerBatch;

/**
 * Raises alerts from the events and clears those whose cause is gone: danger rose to 3-5;
 * unstable or high-risk without a care team (until one is assigned); discharged and not
 * yet seen (until a visit reaches the patient); adherence fell to none (until a visit
 * reports medication again). A person acknowledges and resolves them; a closed case
 * resolves its alerts. Time-based alerts come from {@link AlertSweep}.
 */
@Component
@ProcessingGroup("case-views")
class AlertProjection {

	private static final String BY_PATIENT = AlertProjection.class.getName() + ".byPatient";

	private static final String SUBJECTS = AlertProjection.class.getName() + ".subjects";

	private static final String REGISTERED = AlertProjection.class.getName() + ".registered";

	private static final String RAISED = AlertProjection.class.getName() + ".raised";

	private final EntityManager entities;

	private final AlertStream stream;

	private final Notifications notifications;

	private final NewRows newRows;

	AlertProjection(EntityManager entities, AlertStream stream, Notifications notifications, NewRows newRows) {
		this.entities = entities;
		this.stream = stream;
		this.notifications = notifications;
		this.newRows = newRows;
	}

	@EventHandler
	void on(PatientRegistered event) {
		String patientId = event.patientId().value();
		if (storedSubject(patientId).isEmpty()) {
			registered().computeIfAbsent(patientId, (id) -> new AlertSubject(id, event.jurisdiction().value()));
		}
	}

	@EventHandler
	void on(PatientTransferredIn event) {
		subject(event).jurisdiction = event.jurisdiction().value();
	}

	@EventHandler
	void on(FollowUpRecorded event) {
		AlertSubject subject = subject(event);
		LocalDate day = event.visit().date();
		if (event.visit().dangerLevel() != null) {
			danger(subject, event, day, event.visit().dangerLevel().value());
		}
		boolean latest = subject.latestVisitDate == null || !day.isBefore(subject.latestVisitDate);
		if (latest && event.visit().reached()) {
			subject.latestVisitDate = day;
			if (event.visit().adherence() == Adherence.NONE && subject.latestAdherence != Adherence.NONE) {
				raise(subject, AlertKind.ADHERENCE_STOPPED, day.toString(), day);
			}
			else if (event.visit().adherence() != Adherence.NONE) {
				resolveOpen(subject, AlertKind.ADHERENCE_STOPPED, day, "恢复服药 medication resumed");
			}
			subject.latestAdherence = event.visit().adherence();
			if (event.effectiveClassification() == Classification.UNSTABLE) {
				needsTeam(subject, day);
			}
		}
		if (event.visit().reached()) {
			resolveOpen(subject, AlertKind.FOLLOW_UP_OVERDUE, day, "随访已完成 follow-up logged");
			if (subject.dischargedOn != null && !day.isBefore(subject.dischargedOn)) {
				resolveOpen(subject, AlertKind.DISCHARGED_NOT_SEEN, day, "出院后已随访 seen after discharge");
			}
		}
	}

	@EventHandler
	void on(RiskAssessed event) {
		danger(subject(event), event, event.date(), event.dangerLevel().value());
	}

	@EventHandler
	void on(CareTeamAssigned event) {
		AlertSubject subject = subject(event);
		subject.careTeam = true;
		subject.members = members(event.members());
		resolveOpen(subject, AlertKind.NEEDS_CARE_TEAM, event.date(), "已建立关爱帮扶小组 care team assigned");
	}

	@EventHandler
	void on(CareTeamChanged event) {
		subject(event).members = members(event.members());
	}

	@EventHandler
	void on(CareTeamDissolved event) {
		AlertSubject subject = subject(event);
		subject.careTeam = false;
		subject.members = null;
	}

	@EventHandler
	void on(PatientDischarged event) {
		AlertSubject subject = subject(event);
		subject.dischargedOn = event.date();
		raise(subject, AlertKind.DISCHARGED_NOT_SEEN, event.date().toString(), event.date());
	}

	@EventHandler
	void on(ReferralOutcomeRecorded event) {
		subject(event);
		String patientId = event.patientId().value();
		alert(patientId, AlertRow.id(patientId, AlertKind.REFERRAL_WITHOUT_OUTCOME, event.referralId()))
			.ifPresent((alert) -> resolve(alert, event.date(), "转诊已有结果 outcome recorded"));
	}

	@EventHandler
	void on(PatientDied event) {
		closeAll(event);
	}

	@EventHandler
	void on(PatientDeregistered event) {
		closeAll(event);
	}

	@EventHandler
	void on(PatientTransferredOut event) {
		closeAll(event);
	}

	@EventHandler
	void on(care.smd.kernel.patient.PatientMergedInto event) {
		closeAll(event);
	}

	@EventHandler
	void on(TransferRejected event) {
		resolveOpen(subject(event), AlertKind.TRANSFER_PENDING, event.date(), "迁移已被拒绝 transfer declined");
	}

	@EventHandler
	void on(TransferWithdrawn event) {
		resolveOpen(subject(event), AlertKind.TRANSFER_PENDING, event.date(), "迁移已撤回 transfer withdrawn");
	}

	@EventHandler
	void on(AlertAcknowledged event) {
		subject(event);
		alert(event.patientId().value(), event.alertId()).filter((alert) -> alert.status == AlertStatus.OPEN)
			.ifPresent((alert) -> {
				alert.status = AlertStatus.ACKNOWLEDGED;
				alert.statusChangedOn = event.date();
				alert.note = event.note();
			});
	}

	@EventHandler
	void on(AlertResolved event) {
		subject(event);
		alert(event.patientId().value(), event.alertId())
			.ifPresent((alert) -> resolve(alert, event.date(), event.resolution()));
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from AlertRow").executeUpdate();
		this.entities.createQuery("delete from AlertSubject").executeUpdate();
	}

	private void danger(AlertSubject subject, PatientEvent event, LocalDate day, int level) {
		if (subject.latestDangerDate != null && day.isBefore(subject.latestDangerDate)) {
			return;
		}
		Integer before = subject.latestDanger;
		subject.latestDanger = level;
		subject.latestDangerDate = day;
		if (level >= 3) {
			if (before == null || before < 3) {
				raise(subject, AlertKind.DANGER_RAISED, day.toString(), day);
			}
			needsTeam(subject, day);
		}
	}

	private void needsTeam(AlertSubject subject, LocalDate day) {
		if (!subject.careTeam && openAlerts(subject.patientId, AlertKind.NEEDS_CARE_TEAM).isEmpty()) {
			raise(subject, AlertKind.NEEDS_CARE_TEAM, day.toString(), day);
		}
	}

	void raise(AlertSubject subject, AlertKind kind, String about, LocalDate day) {
		String id = AlertRow.id(subject.patientId, kind, about);
		List<AlertRow> alerts = alertsOf(subject.patientId);
		if (alerts.stream().noneMatch((alert) -> alert.id.equals(id))) {
			AlertRow alert = new AlertRow(subject.patientId, subject.jurisdiction, kind, about, day);
			raised().put(alert.id, alert);
			alerts.add(alert);
			if (!replaying()) {
				this.stream.announce(alert);
			}
			this.notifications.enqueue(subject.notice(alert, causedAt()));
		}
	}

	private void resolveOpen(AlertSubject subject, AlertKind kind, LocalDate day, String why) {
		openAlerts(subject.patientId, kind).forEach((alert) -> resolve(alert, day, why));
	}

	private void resolve(AlertRow alert, LocalDate day, String why) {
		if (alert.isOpen()) {
			alert.status = AlertStatus.RESOLVED;
			alert.statusChangedOn = day;
			alert.note = why;
		}
	}

	private void closeAll(PatientEvent event) {
		for (AlertKind kind : AlertKind.values()) {
			resolveOpen(subject(event), kind, event.date(), "个案已结案 case closed");
		}
	}

	/** The patient's alert of that id, if it was raised. */
	private Optional<AlertRow> alert(String patientId, String alertId) {
		return alertsOf(patientId).stream().filter((alert) -> alert.id.equals(alertId)).findFirst();
	}

	private List<AlertRow> openAlerts(String patientId, AlertKind kind) {
		return alertsOf(patientId).stream().filter((alert) -> alert.kind == kind && alert.isOpen()).toList();
	}

	/**
	 * Every alert of the patient, read once per batch and kept with the alerts the batch
	 * raises: a patient's events come in runs, and a query per event (with the automatic
	 * flush before it, which dirty-checks everything the batch touched) was most of the
	 * read models' cost. The rows are the batch's own objects (those it raised inserted
	 * at its commit), so their status is what this batch made it. The caller holds the
	 * patient's subject lock, so the calendar sweep adds none meanwhile.
	 */
	private List<AlertRow> alertsOf(String patientId) {
		return PerBatch.get(BY_PATIENT, patientId, this::loadAll, this::load);
	}

	private Map<String, List<AlertRow>> loadAll(Set<String> patientIds) {
		Map<String, List<AlertRow>> alerts = new HashMap<>();
		patientIds.forEach((id) -> alerts.put(id, new ArrayList<>()));
		Set<String> asked = PerBatch.mayBeStored(patientIds);
		if (!asked.isEmpty()) {
			PerBatch
				.whereAny(this.entities, AlertRow.class, "select a from AlertRow a where a.patientId in :values",
						"q_alert", "patient_id", asked, LockModeType.NONE)
				.forEach((alert) -> alerts.get(alert.patientId).add(alert));
		}
		return alerts;
	}

	private List<AlertRow> load(String patientId) {
		return new ArrayList<>(
				this.entities.createQuery("select a from AlertRow a where a.patientId = :patient", AlertRow.class)
					.setParameter("patient", patientId)
					.setFlushMode(FlushModeType.COMMIT)
					.getResultList());
	}

	/**
	 * Whether the event being handled is replayed (a rebuild, a new read node): its alert
	 * was announced when it was first raised, and a rebuild must not send the watching
	 * users every alert of the past again.
	 */
	private static boolean replaying() {
		return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
	}

	/** When the event being handled was recorded. */
	private static Instant causedAt() {
		if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> event) {
			return event.getTimestamp();
		}
		return Instant.now();
	}

	/**
	 * Locked, so that the calendar sweep and the events never decide about one patient at
	 * once.
	 */
	private AlertSubject subject(PatientEvent event) {
		String patientId = event.patientId().value();
		AlertSubject registered = registered().get(patientId);
		if (registered != null) {
			return registered;
		}
		storedSubject(patientId);
		return this.entities.find(AlertSubject.class, patientId, LockModeType.PESSIMISTIC_WRITE);
	}

	/**
	 * The subjects of the cases registered in this batch, persisted when it commits with
	 * what its later events made of them, as the case views are. Persisted at once, a
	 * subject was inserted as registered and then updated: 95,435 updates of its 100,000
	 * subjects in a rebuild at 100,000 patients (docs/benchmarks.md, session 36). No
	 * other transaction sees the subject before it commits either way, so the sweep
	 * cannot lock it meanwhile.
	 */
	private Map<String, AlertSubject> registered() {
		return PerBatch.writtenAtCommit(REGISTERED,
				(subjects) -> this.newRows.insert(subjects.values(), AlertSubject.COPY_INTO, AlertSubject::row));
	}

	/**
	 * The alerts this batch raised, inserted when it commits with what its later events
	 * made of them, as the subjects are ({@link NewRows}).
	 */
	private Map<String, AlertRow> raised() {
		return PerBatch.writtenAtCommit(RAISED,
				(alerts) -> this.newRows.insert(alerts.values(), AlertRow.COPY_INTO, AlertRow::row));
	}

	/** The subject as stored before this batch, locked. */
	private Optional<AlertSubject> storedSubject(String patientId) {
		return PerBatch.get(SUBJECTS, patientId, this::lockSubjects, (id) -> Optional
			.ofNullable(this.entities.find(AlertSubject.class, id, LockModeType.PESSIMISTIC_WRITE)));
	}

	/**
	 * The batch's subjects locked in one statement; each lookup then finds its subject
	 * locked in the persistence context. The sweep locks one subject at a time, so the
	 * two never wait on each other in a circle.
	 */
	private Map<String, Optional<AlertSubject>> lockSubjects(Set<String> patientIds) {
		return PerBatch.byPatient(patientIds,
				(ids) -> PerBatch.whereAny(this.entities, AlertSubject.class,
						"select s from AlertSubject s where s.patientId in :values", "q_alert_subject", "patient_id",
						ids, LockModeType.PESSIMISTIC_WRITE),
				(subject) -> subject.patientId);
	}

	private static String members(List<CareTeamMember> members) {
		return members.stream()
			.map(CareTeamMember::userId)
			.filter((id) -> id != null)
			.collect(Collectors.joining(",", ",", ","));
	}

}
