package care.smd.standalone.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.axonframework.commandhandling.gateway.CommandGateway;

import care.smd.kernel.careteam.AssignCareTeam;
import care.smd.kernel.careteam.DissolveCareTeam;
import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.AssessRisk;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.DangerousBehaviour;
import care.smd.kernel.followup.DeathCause;
import care.smd.kernel.followup.DeathReport;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.GivePsychologicalSupport;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.Informant;
import care.smd.kernel.followup.Insight;
import care.smd.kernel.followup.LostReason;
import care.smd.kernel.followup.Medication;
import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.followup.RecordRehabilitation;
import care.smd.kernel.followup.SupportRecipient;
import care.smd.kernel.followup.Symptom;
import care.smd.kernel.followup.VisitForm;
import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.Deregister;
import care.smd.kernel.patient.MarkLostToFollowUp;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.ReceiveTransfer;
import care.smd.kernel.patient.RecordDeath;
import care.smd.kernel.patient.RegisterPatient;
import care.smd.kernel.patient.ProposeTransfer;
import care.smd.kernel.referral.AdmitToHospital;
import care.smd.kernel.referral.DischargeFromHospital;
import care.smd.kernel.testing.Samples;

/**
 * Random but plausible case histories for one county, sent through the real command
 * gateway: visits of every kind in any date order (backdated entries included), hospital
 * stays, loss, care teams, transfers, deaths and deregistrations. Commands the aggregate
 * refuses are simply not part of the history: the event store is the truth the tests
 * recompute from.
 */
public final class RandomHistories {

	private static final int[] PERSON = { 100_000 };

	private final CommandGateway gateway;

	private final Random random;

	private final LocalDate today;

	public RandomHistories(CommandGateway gateway, long seed, LocalDate today) {
		this.gateway = gateway;
		this.random = new Random(seed);
		this.today = today;
	}

	/** Defines the county, two streets, four communities; returns the community codes. */
	public List<String> county(String county) {
		define(county, 200_000);
		List<String> communities = new ArrayList<>();
		for (String street : new String[] { "001", "002" }) {
			define(county + street, 50_000);
			for (String community : new String[] { "001", "002" }) {
				define(county + street + community, 5_000);
				communities.add(county + street + community);
			}
		}
		return communities;
	}

	/** Registers and follows up patients; returns their ids. */
	public List<PatientId> patients(List<String> communities, int count) {
		List<PatientId> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(patient(communities));
		}
		return ids;
	}

	private PatientId patient(List<String> communities) {
		PatientId id = PatientId.random();
		LocalDate registeredOn = day(LocalDate.of(2023, 6, 1), this.today);
		String icd = this.random.nextInt(4) == 0 ? "F31.1" : "F20.0";
		RegisterPatient sample = Samples.registration(id, registeredOn, icd);
		LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(this.random.nextInt(10_000));
		int person;
		synchronized (PERSON) {
			person = PERSON[0]++;
		}
		RegisterPatient command = new RegisterPatient(id, JurisdictionCode.of(pick(communities)), registeredOn,
				new care.smd.kernel.patient.PersonalDetails("患者" + person, sample.person().sex(), birth,
						Samples.idNumber(birth, person % 999 + 1), null, null, null),
				sample.guardian(), sample.consent(), sample.diagnosis(), sample.background());
		if (!send(command)) {
			return id;
		}
		int actions = this.random.nextInt(12);
		for (int i = 0; i < actions; i++) {
			act(id, registeredOn, communities);
		}
		return id;
	}

	private void act(PatientId id, LocalDate registeredOn, List<String> communities) {
		LocalDate day = day(registeredOn, this.today);
		int what = this.random.nextInt(100);
		if (what < 50) {
			send(new RecordFollowUp(id, java.util.UUID.randomUUID().toString(), visit(day)));
		}
		else if (what < 55) {
			send(new AssessRisk(id, day, DangerLevel.of(this.random.nextInt(6)), null));
		}
		else if (what < 60) {
			send(new RecordRehabilitation(id, day, "社区康复站"));
		}
		else if (what < 65) {
			send(new GivePsychologicalSupport(id, day,
					this.random.nextBoolean() ? SupportRecipient.PATIENT : SupportRecipient.FAMILY, null));
		}
		else if (what < 72) {
			send(new AdmitToHospital(id, day, "精卫中心", null));
		}
		else if (what < 79) {
			send(new DischargeFromHospital(id, day, "精卫中心", "出院", List.of()));
		}
		else if (what < 84) {
			send(new AssignCareTeam(id, day, Samples.team()));
		}
		else if (what < 87) {
			send(new DissolveCareTeam(id, day, null));
		}
		else if (what < 90) {
			send(new MarkLostToFollowUp(id, day, LostReason.MISSING));
		}
		else if (what < 94) {
			send(new ProposeTransfer(id, day, JurisdictionCode.of(pick(communities)), null));
			int answer = this.random.nextInt(4);
			if (answer == 1) {
				send(new care.smd.kernel.patient.RejectTransfer(id, day(day, this.today), "不接收"));
			}
			else if (answer > 1) {
				send(new ReceiveTransfer(id, day(day, this.today), null));
			}
		}
		else if (what < 97) {
			send(new RecordDeath(id, new DeathReport(day, DeathCause.OTHER, null, null)));
		}
		else {
			send(new Deregister(id, day, "诊断修订"));
		}
	}

	private FollowUpForm visit(LocalDate day) {
		int kind = this.random.nextInt(20);
		if (kind == 0) {
			return new FollowUpForm(day, VisitForm.PHONE, List.of(), LostReason.WORKING_ELSEWHERE, null, null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					false, false, false, null, null, null);
		}
		VisitForm form = pick(List.of(VisitForm.values()));
		List<Symptom> symptoms = this.random.nextInt(3) == 0 ? List.of(pick(List.of(Symptom.values()))) : List.of();
		Insight insight = pick(List.of(Insight.values()));
		int danger = this.random.nextInt(10) < 7 ? 0 : this.random.nextInt(6);
		DangerousBehaviour behaviour = new DangerousBehaviour(0, this.random.nextInt(12) == 0 ? 1 : 0,
				this.random.nextInt(25) == 0 ? 1 : 0, 0, 0, 0);
		Classification doctor = this.random.nextInt(5) == 0
				? pick(List.of(Classification.UNSTABLE, Classification.BASICALLY_STABLE, Classification.STABLE)) : null;
		return new FollowUpForm(day, form, List.of(Informant.PATIENT), null, null, DangerLevel.of(danger), symptoms,
				null, insight, null, null, null, behaviour, null, pick(List.of(HospitalisationStatus.values())), null,
				null, pick(List.of(Adherence.values())), null, null, null,
				List.of(new Medication("利培酮", BigDecimal.ONE, null, null, null, null)), List.of(),
				this.random.nextInt(4) == 0, this.random.nextInt(5) == 0, false, doctor, null, null);
	}

	private void define(String code, long population) {
		send(new DefineJurisdiction(JurisdictionCode.of(code), "测试" + code, population));
	}

	private boolean send(Object command) {
		try {
			this.gateway.sendAndWait(command);
			return true;
		}
		catch (RuntimeException refused) {
			return false;
		}
	}

	private LocalDate day(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		return days <= 0 ? from : from.plusDays(this.random.nextLong(days + 1));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
