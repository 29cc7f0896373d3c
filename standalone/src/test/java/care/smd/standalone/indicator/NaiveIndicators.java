package care.smd.standalone.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;

import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.PsychologicalSupportGiven;
import care.smd.kernel.followup.RehabilitationRecorded;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.followup.VisitForm;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientFoundAgain;
import care.smd.kernel.patient.PatientLostToFollowUp;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PatientTransferredIn;
import care.smd.kernel.patient.PatientTransferredOut;
import care.smd.kernel.patient.SevereDisorder;
import care.smd.kernel.referral.PatientAdmitted;
import care.smd.kernel.referral.PatientDischarged;

/**
 * The indicators recomputed the slow, obvious way from the raw stored events of each
 * patient, straight from the definitions in domain.md §10. Shares no code with the
 * projection on purpose: when both agree on random histories, both are probably right.
 */
final class NaiveIndicators {

	/** One stored event with its place in the patient's stream. */
	record Stored(PatientEvent event, long sequence) {

		LocalDate date() {
			return this.event.date();
		}

	}

	private final Map<String, List<Stored>> byPatient = new LinkedHashMap<>();

	void add(String patientId, List<? extends DomainEventMessage<?>> events) {
		List<Stored> stored = new ArrayList<>();
		for (DomainEventMessage<?> message : events) {
			stored.add(new Stored((PatientEvent) message.getPayload(), message.getSequenceNumber()));
		}
		this.byPatient.put(patientId, stored);
	}

	/** Code -> {numerator, denominator}; denominator -1 where there is none. */
	Map<String, long[]> compute(String prefix, LocalDate start, LocalDate end, List<LocalDate[]> elapsedQuarters,
			long population) {
		long registered = 0;
		long schizophrenia = 0;
		long home = 0;
		long[] n = new long[20];
		for (List<Stored> events : this.byPatient.values()) {
			String community = community(events, end);
			if (community == null || !community.startsWith(prefix)) {
				continue;
			}
			registered++;
			boolean schizo = registration(events).diagnosis().disorder() == SevereDisorder.SCHIZOPHRENIA;
			boolean atHome = !inHospital(events, end);
			if (schizo) {
				schizophrenia++;
			}
			if (atHome) {
				home++;
			}
			List<FollowUpRecorded> visits = new ArrayList<>();
			FollowUpRecorded latestReached = null;
			long latestReachedSeq = -1;
			for (Stored s : events) {
				if (s.event() instanceof FollowUpRecorded v && within(v.visit().date(), start, end)) {
					visits.add(v);
					if (v.visit().reached()
							&& (latestReached == null || v.visit().date().isAfter(latestReached.visit().date())
									|| v.visit().date().equals(latestReached.visit().date())
											&& s.sequence() > latestReachedSeq)) {
						latestReached = v;
						latestReachedSeq = s.sequence();
					}
				}
			}
			boolean managed = visits.stream()
				.anyMatch((v) -> v.visit().dangerLevel() != null
						|| v.visit().hospitalisation() == HospitalisationStatus.IN_HOSPITAL);
			boolean medication = latestReached != null
					&& (latestReached.visit().hospitalisation() == HospitalisationStatus.IN_HOSPITAL
							|| latestReached.visit().adherence() == Adherence.REGULAR
							|| latestReached.visit().adherence() == Adherence.INTERMITTENT);
			count(n, 0, managed);
			count(n, 1, standard(events, start, end, elapsedQuarters));
			count(n, 2, visits.stream().anyMatch((v) -> v.visit().reached() && v.visit().form() != VisitForm.PHONE));
			count(n, 3, medication);
			count(n, 4, latestReached != null && latestReached.visit().adherence() == Adherence.REGULAR);
			count(n, 5, medication && schizo);
			count(n, 6, atHome && managed);
			count(n, 7, atHome && managed && stableInLastThreeMonths(events, end));
			count(n, 8, atHome && (visits.stream().anyMatch((v) -> v.visit().rehabilitation()) || events.stream()
				.anyMatch((s) -> s.event() instanceof RehabilitationRecorded && within(s.date(), start, end))));
			count(n, 9, atHome && (visits.stream().anyMatch((v) -> v.visit().psychologicalSupport()) || events.stream()
				.anyMatch((s) -> s.event() instanceof PsychologicalSupportGiven && within(s.date(), start, end))));
			count(n, 10, visits.stream().anyMatch((v) -> v.visit().dangerLevel() != null) || events.stream()
				.anyMatch((s) -> s.event() instanceof RiskAssessed && within(s.date(), start, end)));
			count(n, 11,
					visits.stream()
						.anyMatch((v) -> v.visit().dangerousBehaviour().trouble() > 0
								|| v.visit().dangerousBehaviour().disaster() > 0));
			count(n, 12, lost(events, end));
			boolean needsTeam = needsTeam(events, end);
			count(n, 13, needsTeam);
			count(n, 14, needsTeam && careTeam(events, end));
		}
		Map<String, long[]> result = new LinkedHashMap<>();
		result.put("registered", new long[] { registered, -1 });
		result.put("prevalence", new long[] { registered, population });
		result.put("management", new long[] { n[0], registered });
		result.put("standardManagement", new long[] { n[1], registered });
		result.put("faceToFace", new long[] { n[2], registered });
		result.put("medication", new long[] { n[3], registered });
		result.put("regularMedication", new long[] { n[4], registered });
		result.put("schizophreniaMedication", new long[] { n[5], schizophrenia });
		result.put("stable", new long[] { n[7], n[6] });
		result.put("rehabilitation", new long[] { n[8], home });
		result.put("psychologicalSupport", new long[] { n[9], home });
		result.put("riskAssessmentCoverage", new long[] { n[10], registered });
		result.put("careTeamCoverage", new long[] { n[14], n[13] });
		result.put("incident", new long[] { n[11], registered });
		result.put("lost", new long[] { n[12], registered });
		return result;
	}

	private static boolean standard(List<Stored> events, LocalDate start, LocalDate end, List<LocalDate[]> quarters) {
		LocalDate registeredOn = registration(events).registeredOn();
		List<LocalDate[]> required = new ArrayList<>();
		for (LocalDate[] q : quarters) {
			if (!registeredOn.isAfter(q[0])) {
				required.add(q);
			}
		}
		if (required.isEmpty()) {
			return assessedVisitBetween(events, start, end);
		}
		for (LocalDate[] q : required) {
			if (!assessedVisitBetween(events, q[0], q[1])) {
				return false;
			}
		}
		return true;
	}

	private static boolean assessedVisitBetween(List<Stored> events, LocalDate from, LocalDate to) {
		for (Stored s : events) {
			if (s.event() instanceof FollowUpRecorded v && v.visit().dangerLevel() != null
					&& within(v.visit().date(), from, to)) {
				return true;
			}
		}
		return false;
	}

	private static boolean stableInLastThreeMonths(List<Stored> events, LocalDate end) {
		Stored latest = null;
		for (Stored s : events) {
			if (s.event() instanceof FollowUpRecorded v && v.visit().reached()
					&& within(v.visit().date(), end.minusMonths(3).plusDays(1), end) && later(s, latest)) {
				latest = s;
			}
		}
		return latest != null && ((FollowUpRecorded) latest.event()).effectiveClassification() == Classification.STABLE;
	}

	private static String community(List<Stored> events, LocalDate day) {
		String community = null;
		Stored last = null;
		for (Stored s : events) {
			if (s.date().isAfter(day) || !later(s, last)) {
				continue;
			}
			if (s.event() instanceof PatientRegistered r) {
				community = r.jurisdiction().value();
				last = s;
			}
			else if (s.event() instanceof PatientTransferredIn in) {
				community = in.jurisdiction().value();
				last = s;
			}
			else if (s.event() instanceof PatientTransferredOut || s.event() instanceof PatientDied
					|| s.event() instanceof PatientDeregistered) {
				community = null;
				last = s;
			}
		}
		return community;
	}

	private static boolean inHospital(List<Stored> events, LocalDate day) {
		Boolean state = null;
		Stored last = null;
		for (Stored s : events) {
			if (s.date().isAfter(day) || !later(s, last)) {
				continue;
			}
			if (s.event() instanceof PatientAdmitted) {
				state = true;
				last = s;
			}
			else if (s.event() instanceof PatientDischarged) {
				state = false;
				last = s;
			}
			else if (s.event() instanceof FollowUpRecorded v && v.visit().hospitalisation() != null) {
				state = v.visit().hospitalisation() == HospitalisationStatus.IN_HOSPITAL;
				last = s;
			}
		}
		return Boolean.TRUE.equals(state);
	}

	private static boolean lost(List<Stored> events, LocalDate day) {
		return flag(events, day, PatientLostToFollowUp.class, PatientFoundAgain.class);
	}

	private static boolean careTeam(List<Stored> events, LocalDate day) {
		return flag(events, day, CareTeamAssigned.class, CareTeamDissolved.class);
	}

	private static boolean flag(List<Stored> events, LocalDate day, Class<?> on, Class<?> off) {
		boolean state = false;
		Stored last = null;
		for (Stored s : events) {
			if (!s.date().isAfter(day) && later(s, last) && (on.isInstance(s.event()) || off.isInstance(s.event()))) {
				state = on.isInstance(s.event());
				last = s;
			}
		}
		return state;
	}

	private static boolean needsTeam(List<Stored> events, LocalDate day) {
		Stored latestVisit = null;
		Stored latestDanger = null;
		int danger = -1;
		for (Stored s : events) {
			if (s.date().isAfter(day)) {
				continue;
			}
			if (s.event() instanceof FollowUpRecorded v) {
				if (v.visit().reached() && later(s, latestVisit)) {
					latestVisit = s;
				}
				if (v.visit().dangerLevel() != null && later(s, latestDanger)) {
					latestDanger = s;
					danger = v.visit().dangerLevel().value();
				}
			}
			if (s.event() instanceof RiskAssessed r && later(s, latestDanger)) {
				latestDanger = s;
				danger = r.dangerLevel().value();
			}
		}
		boolean unstable = latestVisit != null
				&& ((FollowUpRecorded) latestVisit.event()).effectiveClassification() == Classification.UNSTABLE;
		return unstable || danger >= 3;
	}

	private static boolean later(Stored candidate, Stored current) {
		return current == null || candidate.date().isAfter(current.date())
				|| candidate.date().equals(current.date()) && candidate.sequence() > current.sequence();
	}

	private static PatientRegistered registration(List<Stored> events) {
		return (PatientRegistered) events.get(0).event();
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	private static void count(long[] n, int index, boolean value) {
		if (value) {
			n[index]++;
		}
	}

}
