package care.smd.command.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import care.smd.kernel.alert.AcknowledgeAlert;
import care.smd.kernel.alert.AlertAcknowledged;
import care.smd.kernel.alert.AlertResolved;
import care.smd.kernel.alert.ResolveAlert;
import care.smd.kernel.careteam.AddCaseNote;
import care.smd.kernel.careteam.AssignCaseTask;
import care.smd.kernel.careteam.AssignCareTeam;
import care.smd.kernel.careteam.CaseNoteAdded;
import care.smd.kernel.careteam.CaseTaskAssigned;
import care.smd.kernel.careteam.CaseTaskCompleted;
import care.smd.kernel.careteam.CompleteCaseTask;
import care.smd.kernel.careteam.EmergencyHandled;
import care.smd.kernel.careteam.RecordEmergencyHandling;
import care.smd.kernel.followup.FollowUpIntervals;
import care.smd.kernel.policy.TaskCompletedOnce;
import care.smd.kernel.policy.TaskMustExist;
import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamChanged;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.careteam.ChangeCareTeam;
import care.smd.kernel.careteam.DissolveCareTeam;
import care.smd.kernel.followup.AssessRisk;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.ClassificationRules;
import care.smd.kernel.followup.DueDates;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.GivePsychologicalSupport;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.PsychologicalSupportGiven;
import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.followup.RecordRehabilitation;
import care.smd.kernel.followup.RehabilitationRecorded;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.Deregister;
import care.smd.kernel.patient.EraseIdentity;
import care.smd.kernel.patient.PatientIdentityErased;
import care.smd.kernel.patient.MarkLostToFollowUp;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientFoundAgain;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientLostToFollowUp;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PatientStatus;
import care.smd.kernel.patient.PatientTransferredIn;
import care.smd.kernel.patient.PatientTransferredOut;
import care.smd.kernel.patient.ReceiveTransfer;
import care.smd.kernel.patient.RecordDeath;
import care.smd.kernel.patient.RegisterPatient;
import care.smd.kernel.patient.AbsorbDuplicate;
import care.smd.kernel.patient.DuplicateAbsorbed;
import care.smd.kernel.patient.DuplicateReleased;
import care.smd.kernel.patient.MarkAsDuplicate;
import care.smd.kernel.patient.MergeUndone;
import care.smd.kernel.patient.PatientMergedInto;
import care.smd.kernel.patient.ReleaseDuplicate;
import care.smd.kernel.patient.UndoMerge;
import care.smd.kernel.policy.MergeJoinsTwoCases;
import care.smd.kernel.policy.MergedOnlyOnce;
import care.smd.kernel.policy.UndoFollowsMerge;
import care.smd.kernel.patient.ProposeTransfer;
import care.smd.kernel.patient.RejectTransfer;
import care.smd.kernel.patient.TransferProposed;
import care.smd.kernel.patient.TransferRejected;
import care.smd.kernel.patient.TransferWithdrawn;
import care.smd.kernel.patient.WithdrawTransfer;
import care.smd.kernel.policy.ArrivalFollowsTransferOut;
import care.smd.kernel.policy.CareTeamActsOnItsOwnCases;
import care.smd.kernel.policy.CareTeamMustExist;
import care.smd.kernel.policy.ClinicalRecordsStopAtClosure;
import care.smd.kernel.policy.DischargeFollowsAdmission;
import care.smd.kernel.policy.IdNumberRegisteredOnce;
import care.smd.kernel.policy.NoRecordsBeforeRegistration;
import care.smd.kernel.policy.NoRecordsInTheFuture;
import care.smd.kernel.policy.OneAdmissionAtATime;
import care.smd.kernel.policy.OneCareTeamPerPatient;
import care.smd.kernel.policy.PatientsBelongToKnownCommunities;
import care.smd.kernel.policy.ReferralMustExist;
import care.smd.kernel.policy.ReferralOutcomeRecordedOnce;
import care.smd.kernel.policy.TransferGoesElsewhere;
import care.smd.kernel.policy.OneTransferAtATime;
import care.smd.kernel.policy.TransferArrivesWhereProposed;
import care.smd.kernel.policy.TransferDecidedAfterProposal;
import care.smd.kernel.policy.TransferMustBePending;
import care.smd.kernel.policy.WritesStayInScope;
import care.smd.kernel.referral.AdmitToHospital;
import care.smd.kernel.referral.DischargeFromHospital;
import care.smd.kernel.referral.PatientAdmitted;
import care.smd.kernel.referral.PatientDischarged;
import care.smd.kernel.referral.PatientReferred;
import care.smd.kernel.referral.RecordReferralOutcome;
import care.smd.kernel.referral.ReferToHospital;
import care.smd.kernel.referral.ReferralOutcomeRecorded;

/**
 * One patient's case, from registration to closure. Command handlers check the named
 * policies and emit events; event-sourcing handlers only assign state.
 * <p>
 * Its fields are also its snapshot (a case read back without replaying the events it
 * replaces). A snapshot of another revision is not used: change a field, or what an
 * event-sourcing handler assigns, and raise {@link #SNAPSHOT_REVISION}, or a kept
 * snapshot would bring back state the new code would not have built.
 * {@code PatientSnapshotTest} pins the shape.
 */
@Aggregate(repository = "patientRepository", commandTargetResolver = "commandTargets")
@Revision(Patient.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
class Patient {

	static final String SNAPSHOT_REVISION = "1";

	@AggregateIdentifier
	private PatientId id;

	private JurisdictionCode jurisdiction;

	private LocalDate registeredOn;

	private PatientStatus status;

	private boolean inHospital;

	/** where a transferred-out patient is headed */
	private JurisdictionCode destination;

	/** a proposed hand-over waiting for the receiving community's answer */
	private JurisdictionCode pendingTransferTo;

	private LocalDate pendingTransferOn;

	private String pendingTransferReason;

	/** the case this one was merged into, as a duplicate */
	private PatientId mergedInto;

	private PatientStatus statusBeforeMerge;

	/** ids of the duplicates merged into this case */
	private final java.util.Set<String> absorbed = new java.util.HashSet<>();

	private boolean hasCareTeam;

	/** user ids of the care team's members */
	private java.util.Set<String> teamMembers = java.util.Set.of();

	/** task id -> whether it is done */
	private final Map<String, Boolean> tasks = new HashMap<>();

	/** referral id -> whether its outcome is recorded */
	private final Map<String, Boolean> referrals = new HashMap<>();

	protected Patient() {
	}

	@CommandHandler
	Patient(RegisterPatient command, RegistrationChecks checks, Clock clock, @MetaDataValue("scope") String scope) {
		WritesStayInScope.checkTarget(scope, command.jurisdiction(), "jurisdiction");
		NoRecordsInTheFuture.check(command.registeredOn(), LocalDate.now(clock), "registeredOn");
		NoRecordsInTheFuture.check(command.diagnosis().date(), LocalDate.now(clock), "diagnosis.date");
		PatientsBelongToKnownCommunities.check(checks.isKnownCommunity(command.jurisdiction()), command.jurisdiction(),
				"jurisdiction");
		IdNumberRegisteredOnce.check(checks.caseWithIdNumber(command.person().idNumber()));
		apply(new PatientRegistered(command.patientId(), command.jurisdiction(), command.registeredOn(),
				command.person(), command.guardian(), command.consent(), command.diagnosis(), command.background(),
				DueDates.afterRegistration(command.registeredOn())));
	}

	/**
	 * Every command on an existing case is checked against the sender's jurisdiction
	 * first; a transferred patient may be taken in by the destination's users.
	 */
	@CommandHandlerInterceptor
	Object inScope(CommandMessage<?> command, InterceptorChain chain) throws Exception {
		String scope = (String) command.getMetaData().get("scope");
		if (this.pendingTransferTo != null && (command.getPayload() instanceof ReceiveTransfer
				|| command.getPayload() instanceof RejectTransfer)) {
			WritesStayInScope.check(scope, this.pendingTransferTo);
		}
		else if (command.getPayload() instanceof ReceiveTransfer arrival) {
			JurisdictionCode target = arrival.jurisdiction() != null ? arrival.jurisdiction() : this.destination;
			WritesStayInScope.check(scope, target != null ? target : this.jurisdiction);
		}
		else {
			WritesStayInScope.check(scope, this.jurisdiction);
		}
		return chain.proceed();
	}

	@CommandHandler
	FollowUpRecorded handle(RecordFollowUp command, Clock clock) {
		FollowUpForm visit = command.visit();
		checkClinicalRecord(visit.date(), "date", clock);
		if (visit.death() != null) {
			NoRecordsBeforeRegistration.check(visit.death().date(), this.registeredOn, "death.date");
		}
		Classification computed = ClassificationRules.classify(visit);
		Classification counted = visit.classification() != null ? visit.classification() : computed;
		FollowUpRecorded recorded = new FollowUpRecorded(this.id, command.followUpId(), visit, computed,
				visit.classification(), DueDates.nextDue(visit.date(), counted, visit.nextDate()));
		apply(recorded);
		if (visit.lostReason() != null && this.status != PatientStatus.LOST) {
			apply(new PatientLostToFollowUp(this.id, visit.date(), visit.lostReason()));
		}
		if (visit.reached() && this.status == PatientStatus.LOST) {
			apply(new PatientFoundAgain(this.id, visit.date()));
		}
		if (visit.death() != null) {
			apply(new PatientDied(this.id, visit.death()));
		}
		return recorded;
	}

	@CommandHandler
	void handle(AssessRisk command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new RiskAssessed(this.id, command.date(), command.dangerLevel(), command.note()));
	}

	@CommandHandler
	void handle(RecordRehabilitation command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new RehabilitationRecorded(this.id, command.date(), command.kind()));
	}

	@CommandHandler
	void handle(GivePsychologicalSupport command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new PsychologicalSupportGiven(this.id, command.date(), command.recipient(), command.note()));
	}

	@CommandHandler
	void handle(ReferToHospital command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new PatientReferred(this.id, command.referralId(), command.date(), command.reason(), command.urgency(),
				command.hospital(), command.department()));
	}

	@CommandHandler
	void handle(RecordReferralOutcome command, Clock clock) {
		ReferralMustExist.check(this.referrals.containsKey(command.referralId()), command.referralId());
		ReferralOutcomeRecordedOnce.check(this.referrals.get(command.referralId()), command.referralId());
		checkDate(command.date(), "date", clock);
		apply(new ReferralOutcomeRecorded(this.id, command.referralId(), command.date(), command.outcome(),
				command.reason()));
	}

	@CommandHandler
	void handle(AdmitToHospital command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		OneAdmissionAtATime.check(this.inHospital);
		apply(new PatientAdmitted(this.id, command.date(), command.hospital(), command.referralId()));
	}

	@CommandHandler
	void handle(DischargeFromHospital command, Clock clock, FollowUpIntervals intervals) {
		checkDate(command.date(), "date", clock);
		DischargeFollowsAdmission.check(this.inHospital);
		apply(new PatientDischarged(this.id, command.date(), command.hospital(), command.summary(),
				command.medication(), intervals.afterDischarge(command.date())));
	}

	@CommandHandler
	void handle(AddCaseNote command, Clock clock, @MetaDataValue("roles") String roles,
			@MetaDataValue("user") String user) {
		teamWork(command.date(), clock, roles, user);
		apply(new CaseNoteAdded(this.id, command.noteId(), command.date(), user, command.text()));
	}

	@CommandHandler
	void handle(AssignCaseTask command, Clock clock, @MetaDataValue("roles") String roles,
			@MetaDataValue("user") String user) {
		teamWork(command.date(), clock, roles, user);
		apply(new CaseTaskAssigned(this.id, command.taskId(), command.date(), command.title(), command.assignee(),
				command.dueDate()));
	}

	@CommandHandler
	void handle(CompleteCaseTask command, Clock clock, @MetaDataValue("roles") String roles,
			@MetaDataValue("user") String user) {
		teamWork(command.date(), clock, roles, user);
		TaskMustExist.check(this.tasks.containsKey(command.taskId()), command.taskId());
		TaskCompletedOnce.check(this.tasks.get(command.taskId()), command.taskId());
		apply(new CaseTaskCompleted(this.id, command.taskId(), command.date(), command.result()));
	}

	@CommandHandler
	void handle(RecordEmergencyHandling command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new EmergencyHandled(this.id, command.date(), command.handledBy(), command.description(),
				command.outcome()));
	}

	/**
	 * The team's shared work needs a team, an open case, and (for members) their own
	 * team.
	 */
	private void teamWork(LocalDate date, Clock clock, String roles, String user) {
		// membership first: a non-member must not learn whether the case has a team
		CareTeamActsOnItsOwnCases.check(roles, user, this.teamMembers);
		checkClinicalRecord(date, "date", clock);
		CareTeamMustExist.check(this.hasCareTeam);
	}

	@CommandHandler
	void handle(ProposeTransfer command, RegistrationChecks checks, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		TransferGoesElsewhere.check(this.jurisdiction, command.toJurisdiction());
		OneTransferAtATime.check(this.pendingTransferTo);
		knownCommunity(command.toJurisdiction(), checks, "toJurisdiction");
		apply(new TransferProposed(this.id, command.date(), this.jurisdiction, command.toJurisdiction(),
				command.reason()));
	}

	/**
	 * Accepting a proposed hand-over moves the patient that day: out of the sending
	 * community and into the receiving one, as the two events the rates already know.
	 */
	@CommandHandler
	void handle(ReceiveTransfer command, RegistrationChecks checks, Clock clock) {
		ArrivalFollowsTransferOut.check(this.status, this.pendingTransferTo != null);
		checkDate(command.date(), "date", clock);
		if (this.pendingTransferTo != null) {
			TransferDecidedAfterProposal.check(command.date(), this.pendingTransferOn);
			TransferArrivesWhereProposed.check(this.pendingTransferTo, command.jurisdiction());
			apply(new PatientTransferredOut(this.id, command.date(), this.jurisdiction, this.pendingTransferTo,
					this.pendingTransferReason));
		}
		JurisdictionCode arrival = command.jurisdiction() != null ? command.jurisdiction() : this.destination;
		knownCommunity(arrival, checks, "jurisdiction");
		apply(new PatientTransferredIn(this.id, command.date(), this.jurisdiction, arrival,
				DueDates.afterRegistration(command.date())));
	}

	@CommandHandler
	void handle(RejectTransfer command, Clock clock) {
		decideTransfer(command.date(), clock);
		apply(new TransferRejected(this.id, command.date(), this.pendingTransferTo, command.reason()));
	}

	@CommandHandler
	void handle(WithdrawTransfer command, Clock clock) {
		decideTransfer(command.date(), clock);
		apply(new TransferWithdrawn(this.id, command.date(), this.pendingTransferTo, command.reason()));
	}

	private void decideTransfer(LocalDate date, Clock clock) {
		TransferMustBePending.check(this.pendingTransferTo);
		checkDate(date, "date", clock);
		TransferDecidedAfterProposal.check(date, this.pendingTransferOn);
	}

	private static void knownCommunity(JurisdictionCode code, RegistrationChecks checks, String field) {
		PatientsBelongToKnownCommunities.check(code.isCommunity() && checks.isKnownCommunity(code), code, field);
	}

	@CommandHandler
	void handle(MarkAsDuplicate command, Clock clock) {
		checkDate(command.date(), "date", clock);
		MergeJoinsTwoCases.check(this.id, command.survivorId());
		MergedOnlyOnce.check(this.mergedInto);
		MergedOnlyOnce.checkHoldsNone(!this.absorbed.isEmpty());
		apply(new PatientMergedInto(this.id, command.survivorId(), command.date(), command.reason()));
	}

	@CommandHandler
	void handle(AbsorbDuplicate command, Clock clock) {
		checkDate(command.date(), "date", clock);
		MergeJoinsTwoCases.check(this.id, command.duplicateId());
		MergedOnlyOnce.check(this.mergedInto);
		MergedOnlyOnce.checkNotAbsorbed(this.absorbed.contains(command.duplicateId().value()), command.duplicateId());
		apply(new DuplicateAbsorbed(this.id, command.duplicateId(), command.date(), command.reason()));
	}

	@CommandHandler
	void handle(UndoMerge command, Clock clock) {
		checkDate(command.date(), "date", clock);
		UndoFollowsMerge.check(command.survivorId().equals(this.mergedInto));
		apply(new MergeUndone(this.id, command.survivorId(), command.date(), command.reason(), this.statusBeforeMerge));
	}

	@CommandHandler
	void handle(ReleaseDuplicate command, Clock clock) {
		checkDate(command.date(), "date", clock);
		UndoFollowsMerge.check(this.absorbed.contains(command.duplicateId().value()));
		apply(new DuplicateReleased(this.id, command.duplicateId(), command.date(), command.reason()));
	}

	@CommandHandler
	void handle(MarkLostToFollowUp command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new PatientLostToFollowUp(this.id, command.date(), command.reason()));
	}

	@CommandHandler
	void handle(RecordDeath command, Clock clock) {
		checkClinicalRecord(command.death().date(), "date", clock);
		apply(new PatientDied(this.id, command.death()));
	}

	@CommandHandler
	void handle(Deregister command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		apply(new PatientDeregistered(this.id, command.date(), command.reason()));
	}

	@CommandHandler
	void handle(AcknowledgeAlert command, Clock clock, @MetaDataValue("roles") String roles,
			@MetaDataValue("user") String user) {
		CareTeamActsOnItsOwnCases.check(roles, user, this.teamMembers);
		checkDate(command.date(), "date", clock);
		apply(new AlertAcknowledged(this.id, command.alertId(), command.date(), command.note()));
	}

	@CommandHandler
	void handle(ResolveAlert command, Clock clock, @MetaDataValue("roles") String roles,
			@MetaDataValue("user") String user) {
		CareTeamActsOnItsOwnCases.check(roles, user, this.teamMembers);
		checkDate(command.date(), "date", clock);
		apply(new AlertResolved(this.id, command.alertId(), command.date(), command.resolution()));
	}

	@CommandHandler
	void handle(EraseIdentity command, Clock clock) {
		checkDate(command.date(), "date", clock);
		apply(new PatientIdentityErased(this.id, command.date(), command.reason()));
	}

	@CommandHandler
	void handle(AssignCareTeam command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		OneCareTeamPerPatient.check(this.hasCareTeam);
		apply(new CareTeamAssigned(this.id, command.date(), command.members()));
	}

	@CommandHandler
	void handle(ChangeCareTeam command, Clock clock) {
		checkClinicalRecord(command.date(), "date", clock);
		CareTeamMustExist.check(this.hasCareTeam);
		apply(new CareTeamChanged(this.id, command.date(), command.members()));
	}

	@CommandHandler
	void handle(DissolveCareTeam command, Clock clock) {
		checkDate(command.date(), "date", clock);
		CareTeamMustExist.check(this.hasCareTeam);
		apply(new CareTeamDissolved(this.id, command.date(), command.reason()));
	}

	private void checkClinicalRecord(LocalDate date, String field, Clock clock) {
		ClinicalRecordsStopAtClosure.check(this.status);
		checkDate(date, field, clock);
	}

	private void checkDate(LocalDate date, String field, Clock clock) {
		NoRecordsInTheFuture.check(date, LocalDate.now(clock), field);
		NoRecordsBeforeRegistration.check(date, this.registeredOn, field);
	}

	@EventSourcingHandler
	void on(PatientRegistered event) {
		this.id = event.patientId();
		this.jurisdiction = event.jurisdiction();
		this.registeredOn = event.registeredOn();
		this.status = PatientStatus.ACTIVE;
	}

	@EventSourcingHandler
	void on(FollowUpRecorded event) {
		HospitalisationStatus hospitalisation = event.visit().hospitalisation();
		if (hospitalisation != null) {
			this.inHospital = hospitalisation == HospitalisationStatus.IN_HOSPITAL;
		}
	}

	@EventSourcingHandler
	void on(PatientLostToFollowUp event) {
		this.status = PatientStatus.LOST;
	}

	@EventSourcingHandler
	void on(PatientFoundAgain event) {
		this.status = PatientStatus.ACTIVE;
	}

	@EventSourcingHandler
	void on(PatientDied event) {
		this.status = PatientStatus.DECEASED;
		this.pendingTransferTo = null;
	}

	@EventSourcingHandler
	void on(PatientDeregistered event) {
		this.status = PatientStatus.DEREGISTERED;
		this.pendingTransferTo = null;
	}

	@EventSourcingHandler
	void on(PatientMergedInto event) {
		this.statusBeforeMerge = this.status;
		this.status = PatientStatus.MERGED;
		this.mergedInto = event.survivorId();
		this.pendingTransferTo = null;
	}

	@EventSourcingHandler
	void on(MergeUndone event) {
		this.status = event.restoredStatus();
		this.mergedInto = null;
	}

	@EventSourcingHandler
	void on(DuplicateAbsorbed event) {
		this.absorbed.add(event.duplicateId().value());
	}

	@EventSourcingHandler
	void on(DuplicateReleased event) {
		this.absorbed.remove(event.duplicateId().value());
	}

	@EventSourcingHandler
	void on(TransferProposed event) {
		this.pendingTransferTo = event.toJurisdiction();
		this.pendingTransferOn = event.date();
		this.pendingTransferReason = event.reason();
	}

	@EventSourcingHandler
	void on(TransferRejected event) {
		this.pendingTransferTo = null;
	}

	@EventSourcingHandler
	void on(TransferWithdrawn event) {
		this.pendingTransferTo = null;
	}

	@EventSourcingHandler
	void on(PatientTransferredOut event) {
		this.status = PatientStatus.MOVED_OUT;
		this.destination = event.toJurisdiction();
		this.pendingTransferTo = null;
	}

	@EventSourcingHandler
	void on(PatientTransferredIn event) {
		this.jurisdiction = event.jurisdiction();
		this.status = PatientStatus.ACTIVE;
	}

	@EventSourcingHandler
	void on(PatientReferred event) {
		this.referrals.put(event.referralId(), false);
	}

	@EventSourcingHandler
	void on(ReferralOutcomeRecorded event) {
		this.referrals.put(event.referralId(), true);
	}

	@EventSourcingHandler
	void on(PatientAdmitted event) {
		this.inHospital = true;
	}

	@EventSourcingHandler
	void on(PatientDischarged event) {
		this.inHospital = false;
	}

	@EventSourcingHandler
	void on(CareTeamAssigned event) {
		this.hasCareTeam = true;
		this.teamMembers = userIds(event.members());
	}

	@EventSourcingHandler
	void on(CareTeamChanged event) {
		this.teamMembers = userIds(event.members());
	}

	private static java.util.Set<String> userIds(java.util.List<care.smd.kernel.careteam.CareTeamMember> members) {
		return members.stream()
			.map(care.smd.kernel.careteam.CareTeamMember::userId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@EventSourcingHandler
	void on(CaseTaskAssigned event) {
		this.tasks.put(event.taskId(), false);
	}

	@EventSourcingHandler
	void on(CaseTaskCompleted event) {
		this.tasks.put(event.taskId(), true);
	}

	@EventSourcingHandler
	void on(CareTeamDissolved event) {
		this.hasCareTeam = false;
		this.teamMembers = java.util.Set.of();
	}

}
