package care.smd.kernel.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamChanged;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.careteam.CareTeamMember;
import care.smd.kernel.careteam.CareTeamRole;
import care.smd.kernel.common.DomainEvent;
import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.AdverseReaction;
import care.smd.kernel.followup.AdverseReactionStatus;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.DangerousBehaviour;
import care.smd.kernel.followup.DeathCause;
import care.smd.kernel.followup.DeathReport;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.FollowUpReferral;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.Informant;
import care.smd.kernel.followup.Insight;
import care.smd.kernel.followup.LostReason;
import care.smd.kernel.followup.Medication;
import care.smd.kernel.followup.PsychologicalSupportGiven;
import care.smd.kernel.followup.Rating;
import care.smd.kernel.followup.RehabilitationMeasure;
import care.smd.kernel.followup.RehabilitationRecorded;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.followup.SocialFunction;
import care.smd.kernel.followup.SomaticCause;
import care.smd.kernel.followup.SupportRecipient;
import care.smd.kernel.followup.Symptom;
import care.smd.kernel.followup.TreatmentEffect;
import care.smd.kernel.followup.VisitForm;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.jurisdiction.JurisdictionDefined;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.ClinicalBackground;
import care.smd.kernel.patient.Consent;
import care.smd.kernel.patient.Diagnosis;
import care.smd.kernel.patient.EconomicStatus;
import care.smd.kernel.patient.Guardian;
import care.smd.kernel.patient.HouseholdType;
import care.smd.kernel.patient.LockUpStatus;
import care.smd.kernel.patient.PastTreatment;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientFoundAgain;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientLostToFollowUp;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PatientTransferredIn;
import care.smd.kernel.patient.PatientTransferredOut;
import care.smd.kernel.patient.PersonalDetails;
import care.smd.kernel.patient.RegisterPatient;
import care.smd.kernel.patient.Sex;
import care.smd.kernel.referral.PatientAdmitted;
import care.smd.kernel.referral.PatientDischarged;
import care.smd.kernel.referral.PatientReferred;
import care.smd.kernel.referral.ReferralOutcome;
import care.smd.kernel.referral.ReferralOutcomeRecorded;
import care.smd.kernel.referral.Urgency;

/**
 * Realistic, fixed messages for tests: one of every event type, and builders for the
 * common ones.
 */
public final class Samples {

	public static final PatientId PATIENT = PatientId.of("7d1f6a52-0c1e-4f3b-9a0e-2b8f7c6d5e41");

	public static final PatientId OTHER_PATIENT = PatientId.of("3c9e2b17-8a4d-4f6e-b1c2-5d7e9f0a1b2c");

	public static final JurisdictionCode COMMUNITY = JurisdictionCode.of("310105002001");

	public static final JurisdictionCode OTHER_COMMUNITY = JurisdictionCode.of("310105005001");

	public static final LocalDate REGISTERED_ON = LocalDate.of(2024, 1, 10);

	private Samples() {
	}

	/** A valid ID number for a birth date, with the given 3-digit sequence. */
	public static ChineseIdNumber idNumber(LocalDate birth, int sequence) {
		String first17 = "310105" + birth.toString().replace("-", "") + String.format("%03d", sequence);
		return ChineseIdNumber.of(first17 + ChineseIdNumber.checkCharacter(first17));
	}

	public static RegisterPatient registration(PatientId id, LocalDate registeredOn, String icd10) {
		LocalDate birth = LocalDate.of(1985, 3, 12);
		return new RegisterPatient(id, COMMUNITY, registeredOn,
				new PersonalDetails("张三", Sex.MALE, birth, idNumber(birth, 451), "13800000000", "长宁区华阳路1号",
						HouseholdType.RESIDENT),
				new Guardian("李梅", "母亲", "13900000000", "长宁区华阳路1号"), new Consent(true, "张三", registeredOn),
				Diagnosis.of(icd10, null, "上海市精神卫生中心", LocalDate.of(2020, 5, 1)),
				new ClinicalBackground(LocalDate.of(2008, 6, 1), "幻听、被害妄想", PastTreatment.INTERMITTENT_OUTPATIENT,
						LocalDate.of(2008, 7, 1), 2, EconomicStatus.NOT_POOR, LockUpStatus.NONE));
	}

	public static RegisterPatient registration() {
		return registration(PATIENT, REGISTERED_ON, "F20.0");
	}

	public static PatientRegistered registered(RegisterPatient command) {
		return new PatientRegistered(command.patientId(), command.jurisdiction(), command.registeredOn(),
				command.person(), command.guardian(), command.consent(), command.diagnosis(), command.background(),
				command.registeredOn().plusDays(14));
	}

	public static PatientRegistered registered() {
		return registered(registration());
	}

	/** A stable visit: danger 0, no symptoms, full insight, regular medication. */
	public static FollowUpForm stableVisit(LocalDate date) {
		return visit(date, VisitForm.HOME_VISIT, 0, Adherence.REGULAR, HospitalisationStatus.NONE);
	}

	public static FollowUpForm visit(LocalDate date, VisitForm form, int danger, Adherence adherence,
			HospitalisationStatus hospitalisation) {
		return new FollowUpForm(date, form, List.of(Informant.PATIENT), null, null, DangerLevel.of(danger), List.of(),
				null, Insight.COMPLETE, Rating.GOOD, Rating.GOOD, null, null, LockUpStatus.NONE, hospitalisation, null,
				null, adherence, null, TreatmentEffect.IMPROVED, null, List.of(), List.of(), false, false, false, null,
				null, "王医生");
	}

	/** Every field of the national form filled in. */
	public static FollowUpForm fullVisit(LocalDate date) {
		return new FollowUpForm(date, VisitForm.HOME_VISIT, List.of(Informant.PATIENT, Informant.GUARDIAN_OR_FAMILY),
				null, null, DangerLevel.of(2), List.of(Symptom.MOOD_SWINGS, Symptom.WITHDRAWAL_APATHY), "偶有失眠",
				Insight.PARTIAL, Rating.FAIR, Rating.GOOD,
				new SocialFunction(Rating.GOOD, Rating.FAIR, Rating.NOT_APPLICABLE, Rating.FAIR, Rating.POOR),
				new DangerousBehaviour(1, 0, 0, 0, 0, 0), LockUpStatus.NONE, HospitalisationStatus.DISCHARGED,
				LocalDate.of(2024, 11, 2), "血常规正常", Adherence.INTERMITTENT,
				new AdverseReaction(AdverseReactionStatus.PRESENT, "轻度静坐不能", false), TreatmentEffect.IMPROVED,
				new FollowUpReferral("症状波动", "上海市精神卫生中心", "普通精神科"),
				List.of(new Medication("利培酮", new BigDecimal("1"), null, new BigDecimal("2"), null, null),
						new Medication("棕榈酸帕利哌酮注射液", null, null, null, 4, new BigDecimal("150"))),
				List.of(RehabilitationMeasure.DAILY_LIVING, RehabilitationMeasure.SOCIAL_CONTACT), true, true, false,
				Classification.BASICALLY_STABLE, date.plusDays(10), "王医生");
	}

	public static FollowUpForm lostVisit(LocalDate date) {
		return new FollowUpForm(date, VisitForm.PHONE, List.of(), LostReason.WORKING_ELSEWHERE, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false,
				false, null, null, "王医生");
	}

	public static List<CareTeamMember> team() {
		return List.of(new CareTeamMember(CareTeamRole.COMMITTEE_CADRE, "赵主任", "cadre1", null, true),
				new CareTeamMember(CareTeamRole.POLICE_OFFICER, "钱警官", "police", "13700000000", false),
				new CareTeamMember(CareTeamRole.DOCTOR, "王医生", "doctor", null, false),
				new CareTeamMember(CareTeamRole.GRID_WORKER, "孙网格员", null, null, false),
				new CareTeamMember(CareTeamRole.VOLUNTEER, "周志愿者", null, null, false),
				new CareTeamMember(CareTeamRole.GUARDIAN_OR_FAMILY, "李梅", null, "13900000000", false));
	}

	/** One of every stored event type, as the golden files pin them. */
	public static List<DomainEvent> everyEvent() {
		LocalDate day = LocalDate.of(2025, 3, 14);
		FollowUpForm full = fullVisit(day);
		return List.of(new JurisdictionDefined(COMMUNITY, "华阳路第一居委会", 4200), registered(),
				new FollowUpRecorded(PATIENT, "0b6c3d1e-5f7a-4a2b-8c9d-1e2f3a4b5c6d", full, Classification.UNSTABLE,
						Classification.BASICALLY_STABLE, day.plusDays(10)),
				new RiskAssessed(PATIENT, day, DangerLevel.of(3), "邻居反映夜间吵闹"),
				new RehabilitationRecorded(PATIENT, day, "社区康复站"),
				new PsychologicalSupportGiven(PATIENT, day, SupportRecipient.FAMILY, "家属照护压力"),
				new PatientReferred(PATIENT, "r-1", day, "危险性4级", Urgency.EMERGENCY, "上海市精神卫生中心", "急诊"),
				new ReferralOutcomeRecorded(PATIENT, "r-1", day, ReferralOutcome.ADMITTED, null),
				new PatientAdmitted(PATIENT, day, "上海市精神卫生中心", "r-1"),
				new PatientDischarged(PATIENT, day.plusDays(30), "上海市精神卫生中心", "症状缓解出院",
						List.of(new Medication("奥氮平", null, null, new BigDecimal("10"), null, null)), day.plusDays(44)),
				new care.smd.kernel.patient.PatientMergedInto(PATIENT, OTHER_PATIENT, day, "同一人重复建档"),
				new care.smd.kernel.patient.DuplicateAbsorbed(OTHER_PATIENT, PATIENT, day, "同一人重复建档"),
				new care.smd.kernel.patient.MergeUndone(PATIENT, OTHER_PATIENT, day.plusDays(5), "身份核实为两人",
						care.smd.kernel.patient.PatientStatus.ACTIVE),
				new care.smd.kernel.patient.DuplicateReleased(OTHER_PATIENT, PATIENT, day.plusDays(5), "身份核实为两人"),
				new care.smd.kernel.patient.TransferProposed(PATIENT, day, COMMUNITY, OTHER_COMMUNITY, "搬家"),
				new care.smd.kernel.patient.TransferRejected(PATIENT, day.plusDays(2), OTHER_COMMUNITY, "地址不在本社区"),
				new care.smd.kernel.patient.TransferWithdrawn(PATIENT, day.plusDays(2), OTHER_COMMUNITY, "家属决定暂不搬家"),
				new PatientTransferredOut(PATIENT, day, COMMUNITY, OTHER_COMMUNITY, "搬家"),
				new PatientTransferredIn(PATIENT, day.plusDays(3), COMMUNITY, OTHER_COMMUNITY, day.plusDays(17)),
				new PatientLostToFollowUp(PATIENT, day, LostReason.NOT_REACHED_THREE_TIMES),
				new PatientFoundAgain(PATIENT, day.plusDays(20)),
				new PatientDied(PATIENT,
						new DeathReport(day, DeathCause.SOMATIC_DISEASE, SomaticCause.CEREBROVASCULAR, "脑出血")),
				new PatientDeregistered(PATIENT, day, "诊断修订为抑郁症"),
				new care.smd.kernel.patient.PatientIdentityErased(PATIENT, day, "登记错误"),
				new care.smd.kernel.alert.AlertAcknowledged(PATIENT, "a-1", day, "已联系家属"),
				new care.smd.kernel.alert.AlertResolved(PATIENT, "a-1", day, "已入院"),
				new care.smd.kernel.careteam.CaseNoteAdded(PATIENT, "n-1", day, "police", "家属反映夜间睡眠差"),
				new care.smd.kernel.careteam.CaseTaskAssigned(PATIENT, "t-1", day, "上门核实服药", "police", day.plusDays(3)),
				new care.smd.kernel.careteam.CaseTaskCompleted(PATIENT, "t-1", day.plusDays(1), "已按时服药"),
				new care.smd.kernel.careteam.EmergencyHandled(PATIENT, day,
						List.of(CareTeamRole.POLICE_OFFICER, CareTeamRole.DOCTOR), "持刀威胁家属", "送医"),
				new CareTeamAssigned(PATIENT, day, team()),
				new CareTeamChanged(PATIENT, day.plusDays(30), team().subList(0, 3)),
				new CareTeamDissolved(PATIENT, day.plusDays(90), "病情稳定一年"));
	}

}
