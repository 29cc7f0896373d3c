package care.smd.command.patient;

import static care.smd.kernel.testing.Samples.COMMUNITY;
import static care.smd.kernel.testing.Samples.OTHER_COMMUNITY;
import static care.smd.kernel.testing.Samples.PATIENT;
import static care.smd.kernel.testing.Samples.REGISTERED_ON;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import care.smd.kernel.careteam.AssignCareTeam;
import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamChanged;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.careteam.ChangeCareTeam;
import care.smd.kernel.careteam.DissolveCareTeam;
import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.AssessRisk;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.DeathCause;
import care.smd.kernel.followup.DeathReport;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.GivePsychologicalSupport;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.LostReason;
import care.smd.kernel.followup.PsychologicalSupportGiven;
import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.followup.RecordRehabilitation;
import care.smd.kernel.followup.RehabilitationRecorded;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.followup.SupportRecipient;
import care.smd.kernel.followup.VisitForm;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.Consent;
import care.smd.kernel.patient.Deregister;
import care.smd.kernel.patient.MarkLostToFollowUp;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientFoundAgain;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientLostToFollowUp;
import care.smd.kernel.patient.PatientRegistered;
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
import care.smd.kernel.patient.PatientStatus;
import care.smd.kernel.patient.ReleaseDuplicate;
import care.smd.kernel.patient.UndoMerge;
import care.smd.kernel.patient.ProposeTransfer;
import care.smd.kernel.patient.RejectTransfer;
import care.smd.kernel.patient.TransferProposed;
import care.smd.kernel.patient.TransferRejected;
import care.smd.kernel.patient.TransferWithdrawn;
import care.smd.kernel.patient.WithdrawTransfer;
import care.smd.kernel.policy.PolicyViolation;
import care.smd.kernel.referral.AdmitToHospital;
import care.smd.kernel.referral.DischargeFromHospital;
import care.smd.kernel.referral.PatientAdmitted;
import care.smd.kernel.referral.PatientDischarged;
import care.smd.kernel.referral.PatientReferred;
import care.smd.kernel.referral.RecordReferralOutcome;
import care.smd.kernel.referral.ReferToHospital;
import care.smd.kernel.referral.ReferralOutcome;
import care.smd.kernel.referral.ReferralOutcomeRecorded;
import care.smd.kernel.referral.Urgency;
import care.smd.kernel.testing.Samples;

/**
 * Every command of the Patient aggregate in given/when/expect form, including every
 * rejection.
 */
class PatientTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	private static final PatientRegistered REGISTERED = Samples.registered();

	private FixtureConfiguration<Patient> fixture;

	private final FakeRegistrationChecks checks = new FakeRegistrationChecks();

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Patient.class);
		this.fixture.registerInjectableResource(this.checks);
		this.fixture.registerInjectableResource(care.smd.kernel.followup.FollowUpIntervals.DEFAULT);
		this.fixture.registerInjectableResource(Clock
			.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
		this.checks.communities.addAll(Set.of(COMMUNITY, OTHER_COMMUNITY));
	}

	static Matcher<Throwable> violates(String policy) {
		return new TypeSafeMatcher<>() {

			@Override
			protected boolean matchesSafely(Throwable item) {
				return item instanceof PolicyViolation violation && violation.policy().equals(policy);
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("a violation of " + policy);
			}

		};
	}

	private static RecordFollowUp followUp(FollowUpForm visit) {
		return new RecordFollowUp(PATIENT, "f-1", visit);
	}

	@Nested
	class Registration {

		@Test
		void registersWithConsentGiven() {
			RegisterPatient command = Samples.registration();
			PatientTest.this.fixture.givenNoPriorActivity()
				.when(command)
				.expectSuccessfulHandlerExecution()
				.expectEvents(Samples.registered(command));
		}

		@Test
		void aRefusalOfConsentIsRecordedToo() {
			RegisterPatient given = Samples.registration();
			RegisterPatient refused = new RegisterPatient(given.patientId(), given.jurisdiction(), given.registeredOn(),
					given.person(), given.guardian(), new Consent(false, "李梅", REGISTERED_ON), given.diagnosis(),
					given.background());
			PatientTest.this.fixture.givenNoPriorActivity().when(refused).expectEvents(Samples.registered(refused));
		}

		@Test
		void rejectsAnUnknownCommunity() {
			PatientTest.this.checks.communities.clear();
			PatientTest.this.fixture.givenNoPriorActivity()
				.when(Samples.registration())
				.expectNoEvents()
				.expectException(violates("PatientsBelongToKnownCommunities"));
		}

		@Test
		void rejectsAnIdNumberAlreadyRegistered() {
			PatientTest.this.checks.registered.add(Samples.registration().person().idNumber());
			PatientTest.this.fixture.givenNoPriorActivity()
				.when(Samples.registration())
				.expectNoEvents()
				.expectException(violates("IdNumberRegisteredOnce"));
		}

		@Test
		void rejectsARegistrationDatedInTheFuture() {
			PatientTest.this.fixture.givenNoPriorActivity()
				.when(Samples.registration(PATIENT, TODAY.plusDays(1), "F20"))
				.expectNoEvents()
				.expectException(violates("NoRecordsInTheFuture"));
		}

	}

	@Nested
	class FollowUps {

		@Test
		void aStableVisitIsDueAgainInThreeMonths() {
			FollowUpForm visit = Samples.stableVisit(DAY);
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(visit))
				.expectEvents(
						new FollowUpRecorded(PATIENT, "f-1", visit, Classification.STABLE, null, DAY.plusMonths(3)))
				.expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(FollowUpRecorded.class));
		}

		@Test
		void keepsTheDoctorsClassificationBesideTheComputedOne() {
			FollowUpForm visit = Samples.fullVisit(DAY);
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(visit))
				.expectEvents(new FollowUpRecorded(PATIENT, "f-1", visit, Classification.BASICALLY_STABLE,
						Classification.BASICALLY_STABLE, DAY.plusDays(10)));
		}

		@Test
		void dangerFourIsUnstableAndDueInTwoWeeks() {
			FollowUpForm visit = Samples.visit(DAY, VisitForm.HOME_VISIT, 4, Adherence.NONE,
					HospitalisationStatus.NONE);
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(visit))
				.expectEvents(
						new FollowUpRecorded(PATIENT, "f-1", visit, Classification.UNSTABLE, null, DAY.plusDays(14)));
		}

		@Test
		void aLostVisitMarksThePatientLost() {
			FollowUpForm visit = Samples.lostVisit(DAY);
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(visit))
				.expectEvents(
						new FollowUpRecorded(PATIENT, "f-1", visit, Classification.NOT_REACHED, null, DAY.plusDays(14)),
						new PatientLostToFollowUp(PATIENT, DAY, LostReason.WORKING_ELSEWHERE));
		}

		@Test
		void reachingALostPatientFindsThemAgain() {
			FollowUpForm visit = Samples.stableVisit(DAY);
			PatientTest.this.fixture
				.given(REGISTERED, new PatientLostToFollowUp(PATIENT, DAY.minusDays(30), LostReason.MISSING))
				.when(followUp(visit))
				.expectEvents(
						new FollowUpRecorded(PATIENT, "f-1", visit, Classification.STABLE, null, DAY.plusMonths(3)),
						new PatientFoundAgain(PATIENT, DAY));
		}

		@Test
		void aVisitThatReportsDeathClosesTheCase() {
			DeathReport death = new DeathReport(DAY.minusDays(2), DeathCause.ACCIDENT, null, null);
			FollowUpForm visit = new FollowUpForm(DAY, VisitForm.PHONE, null, null, death, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, false,
					null, null, null);
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(visit))
				.expectEvents(
						new FollowUpRecorded(PATIENT, "f-1", visit, Classification.NOT_REACHED, null, DAY.plusDays(14)),
						new PatientDied(PATIENT, death));
		}

		@Test
		void rejectsAVisitInTheFuture() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(Samples.stableVisit(TODAY.plusDays(1))))
				.expectNoEvents()
				.expectException(violates("NoRecordsInTheFuture"));
		}

		@Test
		void rejectsAVisitBeforeRegistration() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(followUp(Samples.stableVisit(REGISTERED_ON.minusDays(1))))
				.expectNoEvents()
				.expectException(violates("NoRecordsBeforeRegistration"));
		}

		@Test
		void rejectsAVisitAfterDeath() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientDied(PATIENT, new DeathReport(DAY, DeathCause.SUICIDE, null, null)))
				.when(followUp(Samples.stableVisit(DAY)))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void rejectsAVisitAfterTransferOut() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientTransferredOut(PATIENT, DAY, COMMUNITY, OTHER_COMMUNITY, null))
				.when(followUp(Samples.stableVisit(DAY)))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void rejectsAVisitAfterDeregistration() {
			PatientTest.this.fixture.given(REGISTERED, new PatientDeregistered(PATIENT, DAY, "诊断修订"))
				.when(followUp(Samples.stableVisit(DAY)))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void assessesRisk() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new AssessRisk(PATIENT, DAY, DangerLevel.of(3), null))
				.expectEvents(new RiskAssessed(PATIENT, DAY, DangerLevel.of(3), null));
		}

		@Test
		void rejectsARiskAssessmentAfterDeath() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientDied(PATIENT, new DeathReport(DAY, DeathCause.SUICIDE, null, null)))
				.when(new AssessRisk(PATIENT, DAY, DangerLevel.of(3), null))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void recordsRehabilitation() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new RecordRehabilitation(PATIENT, DAY, "社区康复站"))
				.expectEvents(new RehabilitationRecorded(PATIENT, DAY, "社区康复站"));
		}

		@Test
		void rejectsRehabilitationInTheFuture() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new RecordRehabilitation(PATIENT, TODAY.plusDays(3), "社区康复站"))
				.expectNoEvents()
				.expectException(violates("NoRecordsInTheFuture"));
		}

		@Test
		void recordsPsychologicalSupportForTheFamily() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new GivePsychologicalSupport(PATIENT, DAY, SupportRecipient.FAMILY, null))
				.expectEvents(new PsychologicalSupportGiven(PATIENT, DAY, SupportRecipient.FAMILY, null));
		}

		@Test
		void rejectsPsychologicalSupportAfterDeregistration() {
			PatientTest.this.fixture.given(REGISTERED, new PatientDeregistered(PATIENT, DAY, "诊断修订"))
				.when(new GivePsychologicalSupport(PATIENT, DAY, SupportRecipient.PATIENT, null))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

	}

	@Nested
	class Referrals {

		private final PatientReferred referred = new PatientReferred(PATIENT, "r-1", DAY, "危险性4级", Urgency.EMERGENCY,
				"上海市精神卫生中心", null);

		@Test
		void refers() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ReferToHospital(PATIENT, "r-1", DAY, "危险性4级", Urgency.EMERGENCY, "上海市精神卫生中心", null))
				.expectEvents(this.referred);
		}

		@Test
		void rejectsAReferralAfterDeath() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientDied(PATIENT, new DeathReport(DAY, DeathCause.SUICIDE, null, null)))
				.when(new ReferToHospital(PATIENT, "r-1", DAY, "x", Urgency.ROUTINE, "h", null))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void recordsTheOutcome() {
			PatientTest.this.fixture.given(REGISTERED, this.referred)
				.when(new RecordReferralOutcome(PATIENT, "r-1", DAY, ReferralOutcome.NOT_ADMITTED, "床位已满"))
				.expectEvents(new ReferralOutcomeRecorded(PATIENT, "r-1", DAY, ReferralOutcome.NOT_ADMITTED, "床位已满"));
		}

		@Test
		void rejectsAnOutcomeForAnUnknownReferral() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new RecordReferralOutcome(PATIENT, "r-9", DAY, ReferralOutcome.CANCELLED, null))
				.expectNoEvents()
				.expectException(violates("ReferralMustExist"));
		}

		@Test
		void rejectsASecondOutcomeEvenForACancelledReferral() {
			PatientTest.this.fixture
				.given(REGISTERED, this.referred,
						new ReferralOutcomeRecorded(PATIENT, "r-1", DAY, ReferralOutcome.CANCELLED, null))
				.when(new RecordReferralOutcome(PATIENT, "r-1", DAY, ReferralOutcome.ADMITTED, null))
				.expectNoEvents()
				.expectException(violates("ReferralOutcomeRecordedOnce"));
		}

		@Test
		void admits() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new AdmitToHospital(PATIENT, DAY, "上海市精神卫生中心", "r-1"))
				.expectEvents(new PatientAdmitted(PATIENT, DAY, "上海市精神卫生中心", "r-1"));
		}

		@Test
		void rejectsASecondAdmissionWithoutDischarge() {
			PatientTest.this.fixture.given(REGISTERED, new PatientAdmitted(PATIENT, DAY, "h", null))
				.when(new AdmitToHospital(PATIENT, DAY, "h", null))
				.expectNoEvents()
				.expectException(violates("OneAdmissionAtATime"));
		}

		@Test
		void dischargeMakesAFollowUpDueInTwoWeeks() {
			PatientTest.this.fixture.given(REGISTERED, new PatientAdmitted(PATIENT, DAY, "h", null))
				.when(new DischargeFromHospital(PATIENT, DAY.plusDays(20), "h", "好转出院", List.of()))
				.expectEvents(
						new PatientDischarged(PATIENT, DAY.plusDays(20), "h", "好转出院", List.of(), DAY.plusDays(34)));
		}

		@Test
		void aVisitSayingInHospitalAllowsTheDischarge() {
			FollowUpForm inHospital = Samples.visit(DAY, VisitForm.PHONE, 0, Adherence.REGULAR,
					HospitalisationStatus.IN_HOSPITAL);
			PatientTest.this.fixture
				.given(REGISTERED,
						new FollowUpRecorded(PATIENT, "f-0", inHospital, Classification.STABLE, null,
								DAY.plusMonths(3)))
				.when(new DischargeFromHospital(PATIENT, DAY.plusDays(1), "h", "出院", null))
				.expectEvents(new PatientDischarged(PATIENT, DAY.plusDays(1), "h", "出院", List.of(), DAY.plusDays(15)));
		}

		@Test
		void rejectsADischargeWithoutAdmission() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new DischargeFromHospital(PATIENT, DAY, "h", "出院", List.of()))
				.expectNoEvents()
				.expectException(violates("DischargeFollowsAdmission"));
		}

	}

	/**
	 * The two-step hand-over (迁出申请 → 迁入 / 拒绝): the patient stays with the sender until
	 * the receiver accepts.
	 */
	@Nested
	class Transfer {

		private final TransferProposed proposed = new TransferProposed(PATIENT, DAY, COMMUNITY, OTHER_COMMUNITY, "搬家");

		private final org.axonframework.messaging.MetaData sender = org.axonframework.messaging.MetaData.with("scope",
				COMMUNITY.value());

		private final org.axonframework.messaging.MetaData receiver = org.axonframework.messaging.MetaData.with("scope",
				OTHER_COMMUNITY.value());

		@Test
		void theSenderProposes() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ProposeTransfer(PATIENT, DAY, OTHER_COMMUNITY, "搬家"), this.sender)
				.expectEvents(this.proposed);
		}

		@Test
		void thePatientStaysWithTheSenderUntilAccepted() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(followUp(Samples.stableVisit(DAY.plusDays(1))), this.sender)
				.expectSuccessfulHandlerExecution();
		}

		@Test
		void acceptingMovesThePatientOnTheDayOfAcceptance() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(5), null), this.receiver)
				.expectEvents(new PatientTransferredOut(PATIENT, DAY.plusDays(5), COMMUNITY, OTHER_COMMUNITY, "搬家"),
						new PatientTransferredIn(PATIENT, DAY.plusDays(5), COMMUNITY, OTHER_COMMUNITY,
								DAY.plusDays(19)));
		}

		@Test
		void theSenderCannotAcceptForTheReceiver() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(5), null), this.sender)
				.expectNoEvents()
				.expectException(violates("WritesStayInScope"));
		}

		@Test
		void anotherCommunityCannotTakeThePatientByNamingItself() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(5), JurisdictionCode.of("310105003001")))
				.expectNoEvents()
				.expectException(violates("TransferArrivesWhereProposed"));
		}

		@Test
		void rejectsAnAcceptanceBeforeTheProposal() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new ReceiveTransfer(PATIENT, DAY.minusDays(1), null))
				.expectNoEvents()
				.expectException(violates("TransferDecidedAfterProposal"));
		}

		@Test
		void theReceiverDeclinesWithAReason() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new RejectTransfer(PATIENT, DAY.plusDays(2), "地址不在本社区"), this.receiver)
				.expectEvents(new TransferRejected(PATIENT, DAY.plusDays(2), OTHER_COMMUNITY, "地址不在本社区"));
		}

		@Test
		void theSenderCannotDeclineForTheReceiver() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new RejectTransfer(PATIENT, DAY.plusDays(2), "不接收"), this.sender)
				.expectNoEvents()
				.expectException(violates("WritesStayInScope"));
		}

		@Test
		void aDeclinedTransferCannotBeAccepted() {
			PatientTest.this.fixture
				.given(REGISTERED, this.proposed,
						new TransferRejected(PATIENT, DAY.plusDays(2), OTHER_COMMUNITY, "地址不在本社区"))
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(3), null))
				.expectNoEvents()
				.expectException(violates("ArrivalFollowsTransferOut"));
		}

		@Test
		void theSenderWithdraws() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new WithdrawTransfer(PATIENT, DAY.plusDays(2), "家属决定暂不搬家"), this.sender)
				.expectEvents(new TransferWithdrawn(PATIENT, DAY.plusDays(2), OTHER_COMMUNITY, "家属决定暂不搬家"));
		}

		@Test
		void rejectsWithdrawingWhatIsNotPending() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new WithdrawTransfer(PATIENT, DAY, null))
				.expectNoEvents()
				.expectException(violates("TransferMustBePending"));
		}

		@Test
		void rejectsDecliningWhatIsNotPending() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new RejectTransfer(PATIENT, DAY, "不接收"))
				.expectNoEvents()
				.expectException(violates("TransferMustBePending"));
		}

		@Test
		void oneProposalAtATime() {
			PatientTest.this.fixture.given(REGISTERED, this.proposed)
				.when(new ProposeTransfer(PATIENT, DAY, JurisdictionCode.of("310105003001"), null))
				.expectNoEvents()
				.expectException(violates("OneTransferAtATime"));
		}

		@Test
		void rejectsATransferToTheSameCommunity() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ProposeTransfer(PATIENT, DAY, COMMUNITY, null))
				.expectNoEvents()
				.expectException(violates("TransferGoesElsewhere"));
		}

		@Test
		void rejectsATransferToAnUnknownCommunity() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ProposeTransfer(PATIENT, DAY, JurisdictionCode.of("320682100001"), null))
				.expectNoEvents()
				.expectException(violates("PatientsBelongToKnownCommunities"));
		}

		@Test
		void rejectsAProposalForAClosedCase() {
			PatientTest.this.fixture.given(REGISTERED, new PatientDeregistered(PATIENT, DAY, "诊断修订"))
				.when(new ProposeTransfer(PATIENT, DAY, OTHER_COMMUNITY, null))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void aDeathWhilePendingLapsesTheProposal() {
			PatientTest.this.fixture
				.given(REGISTERED, this.proposed,
						new PatientDied(PATIENT, new DeathReport(DAY.plusDays(1), DeathCause.ACCIDENT, null, null)))
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(3), null))
				.expectNoEvents()
				.expectException(violates("ArrivalFollowsTransferOut"));
		}

		@Test
		void aTransferOutRecordedBeforeTheHandOverStillArrives() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientTransferredOut(PATIENT, DAY, COMMUNITY, OTHER_COMMUNITY, null))
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(5), null))
				.expectEvents(new PatientTransferredIn(PATIENT, DAY.plusDays(5), COMMUNITY, OTHER_COMMUNITY,
						DAY.plusDays(19)));
		}

		@Test
		void rejectsAnArrivalWithoutTransfer() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ReceiveTransfer(PATIENT, DAY, OTHER_COMMUNITY))
				.expectNoEvents()
				.expectException(violates("ArrivalFollowsTransferOut"));
		}

		@Test
		void rejectsALegacyArrivalInAnUnknownCommunity() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientTransferredOut(PATIENT, DAY, COMMUNITY, OTHER_COMMUNITY, null))
				.when(new ReceiveTransfer(PATIENT, DAY, JurisdictionCode.of("320682100001")))
				.expectNoEvents()
				.expectException(violates("PatientsBelongToKnownCommunities"));
		}

	}

	/** 合并重复档案: both sides of a merge and of its undoing, with every refusal. */
	@Nested
	class Merge {

		private final PatientId survivor = Samples.OTHER_PATIENT;

		private final PatientMergedInto merged = new PatientMergedInto(PATIENT, this.survivor, DAY, "同一人");

		@Test
		void theDuplicateClosesAsMerged() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new MarkAsDuplicate(PATIENT, this.survivor, DAY, "同一人"))
				.expectEvents(this.merged);
		}

		@Test
		void aMergedCaseTakesNoClinicalRecords() {
			PatientTest.this.fixture.given(REGISTERED, this.merged)
				.when(followUp(Samples.stableVisit(DAY.plusDays(1))))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void theSurvivorAbsorbsTheDuplicate() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new AbsorbDuplicate(PATIENT, this.survivor, DAY, "同一人"))
				.expectEvents(new DuplicateAbsorbed(PATIENT, this.survivor, DAY, "同一人"));
		}

		@Test
		void rejectsMergingACaseWithItself() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new MarkAsDuplicate(PATIENT, PATIENT, DAY, "同一人"))
				.expectNoEvents()
				.expectException(violates("MergeJoinsTwoCases"));
		}

		@Test
		void rejectsMergingTwice() {
			PatientTest.this.fixture.given(REGISTERED, this.merged)
				.when(new MarkAsDuplicate(PATIENT, PatientId.random(), DAY, "同一人"))
				.expectNoEvents()
				.expectException(violates("MergedOnlyOnce"));
		}

		@Test
		void aMergedCaseIsNoSurvivor() {
			PatientTest.this.fixture.given(REGISTERED, this.merged)
				.when(new AbsorbDuplicate(PATIENT, PatientId.random(), DAY, "同一人"))
				.expectNoEvents()
				.expectException(violates("MergedOnlyOnce"));
		}

		@Test
		void aSurvivorIsNoDuplicate() {
			PatientTest.this.fixture.given(REGISTERED, new DuplicateAbsorbed(PATIENT, this.survivor, DAY, "同一人"))
				.when(new MarkAsDuplicate(PATIENT, PatientId.random(), DAY, "同一人"))
				.expectNoEvents()
				.expectException(violates("MergedOnlyOnce"));
		}

		@Test
		void rejectsAbsorbingTheSameDuplicateTwice() {
			PatientTest.this.fixture.given(REGISTERED, new DuplicateAbsorbed(PATIENT, this.survivor, DAY, "同一人"))
				.when(new AbsorbDuplicate(PATIENT, this.survivor, DAY, "同一人"))
				.expectNoEvents()
				.expectException(violates("MergedOnlyOnce"));
		}

		@Test
		void undoingRestoresTheStatusBeforeTheMerge() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientLostToFollowUp(PATIENT, DAY, LostReason.MISSING), this.merged)
				.when(new UndoMerge(PATIENT, this.survivor, DAY.plusDays(3), "两人"))
				.expectEvents(new MergeUndone(PATIENT, this.survivor, DAY.plusDays(3), "两人", PatientStatus.LOST));
		}

		@Test
		void rejectsUndoingAMergeThatDidNotHappen() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new UndoMerge(PATIENT, this.survivor, DAY, "两人"))
				.expectNoEvents()
				.expectException(violates("UndoFollowsMerge"));
		}

		@Test
		void theSurvivorReleasesTheDuplicate() {
			PatientTest.this.fixture.given(REGISTERED, new DuplicateAbsorbed(PATIENT, this.survivor, DAY, "同一人"))
				.when(new ReleaseDuplicate(PATIENT, this.survivor, DAY, "两人"))
				.expectEvents(new DuplicateReleased(PATIENT, this.survivor, DAY, "两人"));
		}

		@Test
		void rejectsReleasingWhatWasNotAbsorbed() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ReleaseDuplicate(PATIENT, this.survivor, DAY, "两人"))
				.expectNoEvents()
				.expectException(violates("UndoFollowsMerge"));
		}

		@Test
		void aMergeSaysWhy() {
			assertThatThrownBy(() -> new MarkAsDuplicate(PATIENT, this.survivor, DAY, " "))
				.isInstanceOf(care.smd.kernel.common.InvalidValue.class);
		}

	}

	@Nested
	class Lifecycle {

		@Test
		void marksLost() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new MarkLostToFollowUp(PATIENT, DAY, LostReason.MISSING))
				.expectEvents(new PatientLostToFollowUp(PATIENT, DAY, LostReason.MISSING));
		}

		@Test
		void rejectsMarkingADeceasedPatientLost() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientDied(PATIENT, new DeathReport(DAY, DeathCause.SUICIDE, null, null)))
				.when(new MarkLostToFollowUp(PATIENT, DAY, LostReason.MISSING))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void recordsDeath() {
			DeathReport death = new DeathReport(DAY, DeathCause.SUICIDE, null, null);
			PatientTest.this.fixture.given(REGISTERED)
				.when(new RecordDeath(PATIENT, death))
				.expectEvents(new PatientDied(PATIENT, death));
		}

		@Test
		void rejectsASecondDeath() {
			DeathReport death = new DeathReport(DAY, DeathCause.SUICIDE, null, null);
			PatientTest.this.fixture.given(REGISTERED, new PatientDied(PATIENT, death))
				.when(new RecordDeath(PATIENT, death))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

		@Test
		void rejectsADeathBeforeRegistration() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new RecordDeath(PATIENT,
						new DeathReport(REGISTERED_ON.minusDays(1), DeathCause.OTHER, null, null)))
				.expectNoEvents()
				.expectException(violates("NoRecordsBeforeRegistration"));
		}

		@Test
		void deregisters() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new Deregister(PATIENT, DAY, "诊断修订为抑郁症"))
				.expectEvents(new PatientDeregistered(PATIENT, DAY, "诊断修订为抑郁症"));
		}

		@Test
		void erasesTheIdentityEvenOfAClosedCase() {
			PatientTest.this.fixture.given(REGISTERED, new PatientDeregistered(PATIENT, DAY, "登记错误"))
				.when(new care.smd.kernel.patient.EraseIdentity(PATIENT, DAY, "登记错误"))
				.expectEvents(new care.smd.kernel.patient.PatientIdentityErased(PATIENT, DAY, "登记错误"));
		}

		@Test
		void rejectsAnErasureDatedInTheFuture() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new care.smd.kernel.patient.EraseIdentity(PATIENT, TODAY.plusDays(1), "x"))
				.expectNoEvents()
				.expectException(violates("NoRecordsInTheFuture"));
		}

		@Test
		void acknowledgesAndResolvesAlerts() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new care.smd.kernel.alert.ResolveAlert(PATIENT, "a-1", DAY, "已入院"))
				.expectEvents(new care.smd.kernel.alert.AlertResolved(PATIENT, "a-1", DAY, "已入院"));
		}

		@Test
		void aCareTeamMemberActsOnlyOnTheirTeamsCases() {
			org.axonframework.messaging.MetaData police = org.axonframework.messaging.MetaData
				.with("roles", "CARE_TEAM")
				.and("user", "police");
			PatientTest.this.fixture.given(REGISTERED)
				.when(new care.smd.kernel.alert.AcknowledgeAlert(PATIENT, "a-1", DAY, null), police)
				.expectNoEvents()
				.expectException(violates("CareTeamActsOnItsOwnCases"));
			PatientTest.this.fixture.given(REGISTERED, new CareTeamAssigned(PATIENT, DAY, Samples.team()))
				.when(new care.smd.kernel.alert.AcknowledgeAlert(PATIENT, "a-1", DAY, null), police)
				.expectEvents(new care.smd.kernel.alert.AlertAcknowledged(PATIENT, "a-1", DAY, null));
		}

		@Test
		void rejectsAnAcknowledgementDatedInTheFuture() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new care.smd.kernel.alert.AcknowledgeAlert(PATIENT, "a-1", TODAY.plusDays(1), null))
				.expectNoEvents()
				.expectException(violates("NoRecordsInTheFuture"));
		}

		@Test
		void rejectsDeregisteringTwice() {
			PatientTest.this.fixture.given(REGISTERED, new PatientDeregistered(PATIENT, DAY, "x"))
				.when(new Deregister(PATIENT, DAY, "y"))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

	}

	@Nested
	class Scope {

		private final org.axonframework.messaging.MetaData doctorIn = org.axonframework.messaging.MetaData.with("scope",
				"310105");

		private final org.axonframework.messaging.MetaData doctorElsewhere = org.axonframework.messaging.MetaData
			.with("scope", "320682");

		@Test
		void aDoctorWritesToCasesOfTheirJurisdiction() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new AssessRisk(PATIENT, DAY, DangerLevel.of(1), null), this.doctorIn)
				.expectEvents(new RiskAssessed(PATIENT, DAY, DangerLevel.of(1), null));
		}

		@Test
		void aCaseElsewhereLooksLikeNoCase() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new AssessRisk(PATIENT, DAY, DangerLevel.of(1), null), this.doctorElsewhere)
				.expectNoEvents()
				.expectException(violates("WritesStayInScope"));
		}

		@Test
		void noRegistrationInAnotherJurisdiction() {
			PatientTest.this.fixture.givenNoPriorActivity()
				.when(Samples.registration(), this.doctorElsewhere)
				.expectNoEvents()
				.expectException(violates("WritesStayInScope"));
		}

		@Test
		void theDestinationTakesATransferredPatientIn() {
			JurisdictionCode rugao = JurisdictionCode.of("320682100001");
			PatientTest.this.checks.communities.add(rugao);
			PatientTest.this.fixture.given(REGISTERED, new PatientTransferredOut(PATIENT, DAY, COMMUNITY, rugao, null))
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(2), null), this.doctorElsewhere)
				.expectEvents(new PatientTransferredIn(PATIENT, DAY.plusDays(2), COMMUNITY, rugao, DAY.plusDays(16)));
		}

		@Test
		void theSenderCannotTakeThePatientInElsewhere() {
			JurisdictionCode rugao = JurisdictionCode.of("320682100001");
			PatientTest.this.checks.communities.add(rugao);
			PatientTest.this.fixture.given(REGISTERED, new PatientTransferredOut(PATIENT, DAY, COMMUNITY, rugao, null))
				.when(new ReceiveTransfer(PATIENT, DAY.plusDays(2), null), this.doctorIn)
				.expectNoEvents()
				.expectException(violates("WritesStayInScope"));
		}

	}

	@Nested
	class CareTeams {

		@Test
		void assigns() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new AssignCareTeam(PATIENT, DAY, Samples.team()))
				.expectEvents(new CareTeamAssigned(PATIENT, DAY, Samples.team()));
		}

		@Test
		void rejectsASecondTeam() {
			PatientTest.this.fixture.given(REGISTERED, new CareTeamAssigned(PATIENT, DAY, Samples.team()))
				.when(new AssignCareTeam(PATIENT, DAY, Samples.team()))
				.expectNoEvents()
				.expectException(violates("OneCareTeamPerPatient"));
		}

		@Test
		void changesMembers() {
			PatientTest.this.fixture.given(REGISTERED, new CareTeamAssigned(PATIENT, DAY, Samples.team()))
				.when(new ChangeCareTeam(PATIENT, DAY, Samples.team().subList(0, 2)))
				.expectEvents(new CareTeamChanged(PATIENT, DAY, Samples.team().subList(0, 2)));
		}

		@Test
		void rejectsChangingAMissingTeam() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new ChangeCareTeam(PATIENT, DAY, Samples.team()))
				.expectNoEvents()
				.expectException(violates("CareTeamMustExist"));
		}

		@Test
		void dissolves() {
			PatientTest.this.fixture.given(REGISTERED, new CareTeamAssigned(PATIENT, DAY, Samples.team()))
				.when(new DissolveCareTeam(PATIENT, DAY, "稳定"))
				.expectEvents(new CareTeamDissolved(PATIENT, DAY, "稳定"));
		}

		@Test
		void rejectsDissolvingAMissingTeam() {
			PatientTest.this.fixture
				.given(REGISTERED, new CareTeamAssigned(PATIENT, DAY, Samples.team()),
						new CareTeamDissolved(PATIENT, DAY, null))
				.when(new DissolveCareTeam(PATIENT, DAY, null))
				.expectNoEvents()
				.expectException(violates("CareTeamMustExist"));
		}

		@Test
		void rejectsAssigningAfterTransferOut() {
			PatientTest.this.fixture
				.given(REGISTERED, new PatientTransferredOut(PATIENT, DAY, COMMUNITY, OTHER_COMMUNITY, null))
				.when(new AssignCareTeam(PATIENT, DAY, Samples.team()))
				.expectNoEvents()
				.expectException(violates("ClinicalRecordsStopAtClosure"));
		}

	}

	@Nested
	class TeamWork {

		private final org.axonframework.messaging.MetaData police = org.axonframework.messaging.MetaData
			.with("roles", "CARE_TEAM")
			.and("user", "police");

		private final CareTeamAssigned team = new CareTeamAssigned(PATIENT, DAY, Samples.team());

		@Test
		void aMemberAddsANote() {
			PatientTest.this.fixture.given(REGISTERED, this.team)
				.when(new care.smd.kernel.careteam.AddCaseNote(PATIENT, "n-1", DAY, "家属反映夜间睡眠差"), this.police)
				.expectEvents(new care.smd.kernel.careteam.CaseNoteAdded(PATIENT, "n-1", DAY, "police", "家属反映夜间睡眠差"));
		}

		@Test
		void noNotesWithoutATeam() {
			PatientTest.this.fixture.given(REGISTERED)
				.when(new care.smd.kernel.careteam.AddCaseNote(PATIENT, "n-1", DAY, "x"))
				.expectNoEvents()
				.expectException(violates("CareTeamMustExist"));
		}

		@Test
		void aTaskIsAssignedAndCompletedOnce() {
			care.smd.kernel.careteam.CaseTaskAssigned assigned = new care.smd.kernel.careteam.CaseTaskAssigned(PATIENT,
					"t-1", DAY, "上门核实服药", "police", DAY.plusDays(3));
			PatientTest.this.fixture.given(REGISTERED, this.team)
				.when(new care.smd.kernel.careteam.AssignCaseTask(PATIENT, "t-1", DAY, "上门核实服药", "police",
						DAY.plusDays(3)))
				.expectEvents(assigned);
			PatientTest.this.fixture.given(REGISTERED, this.team, assigned)
				.when(new care.smd.kernel.careteam.CompleteCaseTask(PATIENT, "t-1", DAY.plusDays(1), "已服药"),
						this.police)
				.expectEvents(new care.smd.kernel.careteam.CaseTaskCompleted(PATIENT, "t-1", DAY.plusDays(1), "已服药"));
			PatientTest.this.fixture
				.given(REGISTERED, this.team, assigned,
						new care.smd.kernel.careteam.CaseTaskCompleted(PATIENT, "t-1", DAY.plusDays(1), null))
				.when(new care.smd.kernel.careteam.CompleteCaseTask(PATIENT, "t-1", DAY.plusDays(2), null))
				.expectNoEvents()
				.expectException(violates("TaskCompletedOnce"));
		}

		@Test
		void onlyAnExistingTaskIsCompleted() {
			PatientTest.this.fixture.given(REGISTERED, this.team)
				.when(new care.smd.kernel.careteam.CompleteCaseTask(PATIENT, "t-9", DAY, null))
				.expectNoEvents()
				.expectException(violates("TaskMustExist"));
		}

		@Test
		void recordsEmergencyHandling() {
			List<care.smd.kernel.careteam.CareTeamRole> who = List
				.of(care.smd.kernel.careteam.CareTeamRole.POLICE_OFFICER, care.smd.kernel.careteam.CareTeamRole.DOCTOR);
			PatientTest.this.fixture.given(REGISTERED)
				.when(new care.smd.kernel.careteam.RecordEmergencyHandling(PATIENT, DAY, who, "持刀威胁家属", "送医"))
				.expectEvents(new care.smd.kernel.careteam.EmergencyHandled(PATIENT, DAY, who, "持刀威胁家属", "送医"));
		}

	}

	static class FakeRegistrationChecks implements RegistrationChecks {

		final Set<JurisdictionCode> communities = new HashSet<>();

		final Set<ChineseIdNumber> registered = new HashSet<>();

		@Override
		public Optional<PatientId> caseWithIdNumber(ChineseIdNumber idNumber) {
			return this.registered.contains(idNumber) ? Optional.of(PatientId.random()) : Optional.empty();
		}

		@Override
		public boolean isKnownCommunity(JurisdictionCode code) {
			return this.communities.contains(code);
		}

	}

}
