package care.smd.kernel.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.followup.Adherence;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.PsychologicalSupportGiven;
import care.smd.kernel.followup.RehabilitationRecorded;
import care.smd.kernel.followup.RiskAssessed;
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
 * What the indicators need to know of one patient, as dated entries: where the patient
 * was registered, each visit reduced to the facts the rates count, assessments,
 * rehabilitation, support, and the hospital, lost and care-team states. Entries keep the
 * day they happened and the event's sequence number, so a backdated record lands where it
 * belongs and same-day records keep their order.
 */
public record PatientTimeline(LocalDate registeredOn, SevereDisorder disorder, List<Residence> residences,
		List<Visit> visits, List<Mark> assessments, List<Mark> rehabilitation, List<Mark> support, List<Flag> hospital,
		List<Flag> lost, List<Flag> careTeam) {

	/** A dated fact with an order among same-day facts. */
	interface Dated {

		LocalDate date();

		long sequence();

	}

	/**
	 * From this day on the patient is registered in community (null: not registered
	 * anywhere).
	 */
	public record Residence(LocalDate date, long sequence, String community) implements Dated {
	}

	/** One follow-up, reduced to what the rates count. */
	public record Visit(LocalDate date, long sequence, Integer dangerLevel, boolean reached, boolean faceToFace,
			boolean inHospitalNow, Adherence adherence, Classification classification, boolean incident,
			boolean rehabilitation, boolean psychologicalSupport) implements Dated {

		static Visit of(FollowUpRecorded event, long sequence) {
			FollowUpForm form = event.visit();
			return new Visit(form.date(), sequence, form.dangerLevel() == null ? null : form.dangerLevel().value(),
					form.reached(), form.reached() && form.form().isFaceToFace(),
					form.hospitalisation() == HospitalisationStatus.IN_HOSPITAL, form.adherence(),
					event.effectiveClassification(), form.dangerousBehaviour().hasIncident(), form.rehabilitation(),
					form.psychologicalSupport());
		}

		public boolean assessed() {
			return this.dangerLevel != null;
		}

	}

	/** Something happened on a day; for assessments, value is the danger level. */
	public record Mark(LocalDate date, long sequence, int value) implements Dated {
	}

	/** From this day on a state holds (on) or not. */
	public record Flag(LocalDate date, long sequence, boolean on) implements Dated {
	}

	public static final PatientTimeline EMPTY = new PatientTimeline(null, null, List.of(), List.of(), List.of(),
			List.of(), List.of(), List.of(), List.of(), List.of());

	/**
	 * This timeline with the event's facts added. Events that change no rate return it
	 * unchanged.
	 */
	public PatientTimeline with(PatientEvent event, long seq) {
		LocalDate day = event.date();
		if (event instanceof PatientRegistered registered) {
			return new PatientTimeline(registered.registeredOn(), registered.diagnosis().disorder(),
					add(this.residences, new Residence(day, seq, registered.jurisdiction().value())), this.visits,
					this.assessments, this.rehabilitation, this.support, this.hospital, this.lost, this.careTeam);
		}
		if (event instanceof FollowUpRecorded recorded) {
			PatientTimeline withVisit = withVisits(add(this.visits, Visit.of(recorded, seq)));
			HospitalisationStatus hospitalisation = recorded.visit().hospitalisation();
			return hospitalisation == null ? withVisit : withVisit.withHospital(
					add(this.hospital, new Flag(day, seq, hospitalisation == HospitalisationStatus.IN_HOSPITAL)));
		}
		if (event instanceof RiskAssessed assessed) {
			return withAssessments(add(this.assessments, new Mark(day, seq, assessed.dangerLevel().value())));
		}
		if (event instanceof RehabilitationRecorded) {
			return withRehabilitation(add(this.rehabilitation, new Mark(day, seq, 1)));
		}
		if (event instanceof PsychologicalSupportGiven) {
			return withSupport(add(this.support, new Mark(day, seq, 1)));
		}
		if (event instanceof PatientAdmitted || event instanceof PatientDischarged) {
			return withHospital(add(this.hospital, new Flag(day, seq, event instanceof PatientAdmitted)));
		}
		if (event instanceof PatientLostToFollowUp || event instanceof PatientFoundAgain) {
			return withLost(add(this.lost, new Flag(day, seq, event instanceof PatientLostToFollowUp)));
		}
		if (event instanceof CareTeamAssigned || event instanceof CareTeamDissolved) {
			return withCareTeam(add(this.careTeam, new Flag(day, seq, event instanceof CareTeamAssigned)));
		}
		if (event instanceof PatientTransferredIn arrived) {
			return withResidences(add(this.residences, new Residence(day, seq, arrived.jurisdiction().value())));
		}
		if (event instanceof PatientTransferredOut || event instanceof PatientDied
				|| event instanceof PatientDeregistered) {
			return withResidences(add(this.residences, new Residence(day, seq, null)));
		}
		return this;
	}

	/**
	 * One person recorded twice, as one timeline: this (the surviving record) with the
	 * duplicate's visits, assessments, rehabilitation and support added. Where the person
	 * lived, in hospital, lost or with a care team follows this record; before this
	 * record begins, the duplicate's record says where the person was registered.
	 */
	public PatientTimeline absorbing(PatientTimeline duplicate) {
		if (duplicate.registeredOn == null) {
			return this;
		}
		LocalDate start = this.residences.isEmpty() ? null : this.residences.get(0).date();
		List<Residence> residences = new ArrayList<>(this.residences);
		duplicate.residences.stream().filter((r) -> start == null || r.date().isBefore(start)).forEach(residences::add);
		LocalDate registered = this.registeredOn == null || duplicate.registeredOn.isBefore(this.registeredOn)
				? duplicate.registeredOn : this.registeredOn;
		return new PatientTimeline(registered, this.disorder != null ? this.disorder : duplicate.disorder,
				sorted(residences), union(this.visits, duplicate.visits),
				union(this.assessments, duplicate.assessments), union(this.rehabilitation, duplicate.rehabilitation),
				union(this.support, duplicate.support), this.hospital, this.lost, this.careTeam);
	}

	private static <T extends Dated> List<T> union(List<T> one, List<T> other) {
		List<T> all = new ArrayList<>(one);
		all.addAll(other);
		return sorted(all);
	}

	private static <T extends Dated> List<T> sorted(List<T> entries) {
		List<T> result = new ArrayList<>(entries);
		result.sort(ORDER);
		return List.copyOf(result);
	}

	/** The community the patient is registered in at the end of the day, or null. */
	public String communityAt(LocalDate day) {
		Residence residence = latest(this.residences, day);
		return residence == null ? null : residence.community();
	}

	public boolean inHospitalAt(LocalDate day) {
		Flag flag = latest(this.hospital, day);
		return flag != null && flag.on();
	}

	public boolean lostAt(LocalDate day) {
		Flag flag = latest(this.lost, day);
		return flag != null && flag.on();
	}

	public boolean careTeamAt(LocalDate day) {
		Flag flag = latest(this.careTeam, day);
		return flag != null && flag.on();
	}

	/**
	 * Unstable at the latest visit that reached the patient, or danger 3-5 at the latest
	 * assessment (an assessment of its own or a visit's). One pass, no copies: it runs
	 * for every month a patient's state may have changed, in every batch that changes the
	 * patient.
	 */
	public boolean needsCareTeamAt(LocalDate day) {
		Visit reached = null;
		Dated danger = null;
		int level = 0;
		// assessments first: on a tie of day and sequence (a merged duplicate's entries)
		// the assessment wins, as it always has
		for (Mark assessment : this.assessments) {
			if (isLater(assessment, danger, day)) {
				danger = assessment;
				level = assessment.value();
			}
		}
		for (Visit visit : this.visits) {
			if (visit.reached() && isLater(visit, reached, day)) {
				reached = visit;
			}
			if (visit.assessed() && isLater(visit, danger, day)) {
				danger = visit;
				level = visit.dangerLevel();
			}
		}
		if (reached != null && reached.classification() == Classification.UNSTABLE) {
			return true;
		}
		return danger != null && level >= 3;
	}

	/** On or before the day, and after the latest so far (null: none yet). */
	static boolean isLater(Dated entry, Dated latest, LocalDate day) {
		return !entry.date().isAfter(day) && (latest == null || ORDER.compare(entry, latest) > 0);
	}

	/** Every day on which something that counts for the rates happened. */
	public List<LocalDate> activityDays() {
		List<LocalDate> days = new ArrayList<>();
		this.visits.forEach((v) -> days.add(v.date()));
		this.assessments.forEach((m) -> days.add(m.date()));
		this.rehabilitation.forEach((m) -> days.add(m.date()));
		this.support.forEach((m) -> days.add(m.date()));
		return days;
	}

	/** Every day on which a state counted at month ends may have changed. */
	public List<LocalDate> stateChangeDays() {
		List<LocalDate> days = new ArrayList<>();
		this.residences.forEach((r) -> days.add(r.date()));
		this.hospital.forEach((f) -> days.add(f.date()));
		this.lost.forEach((f) -> days.add(f.date()));
		this.careTeam.forEach((f) -> days.add(f.date()));
		this.visits.forEach((v) -> days.add(v.date()));
		this.assessments.forEach((m) -> days.add(m.date()));
		return days;
	}

	static <T extends Dated> T latest(List<T> entries, LocalDate day) {
		T latest = null;
		for (T entry : entries) {
			if (isLater(entry, latest, day)) {
				latest = entry;
			}
		}
		return latest;
	}

	static final Comparator<Dated> ORDER = Comparator.comparing(Dated::date).thenComparingLong(Dated::sequence);

	/**
	 * The entries with this one, once: read models get events at least once (a segment
	 * taken over after a node died can be handed an event its timeline already holds),
	 * and an event's sequence number names it within its case.
	 */
	private static <T extends Dated> List<T> add(List<T> entries, T entry) {
		if (entries.stream().anyMatch((e) -> e.sequence() == entry.sequence())) {
			return entries;
		}
		List<T> result = new ArrayList<>(entries);
		result.add(entry);
		result.sort(ORDER);
		return List.copyOf(result);
	}

	private PatientTimeline withResidences(List<Residence> residences) {
		return new PatientTimeline(this.registeredOn, this.disorder, residences, this.visits, this.assessments,
				this.rehabilitation, this.support, this.hospital, this.lost, this.careTeam);
	}

	private PatientTimeline withVisits(List<Visit> visits) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, visits, this.assessments,
				this.rehabilitation, this.support, this.hospital, this.lost, this.careTeam);
	}

	private PatientTimeline withAssessments(List<Mark> assessments) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, this.visits, assessments,
				this.rehabilitation, this.support, this.hospital, this.lost, this.careTeam);
	}

	private PatientTimeline withRehabilitation(List<Mark> rehabilitation) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, this.visits, this.assessments,
				rehabilitation, this.support, this.hospital, this.lost, this.careTeam);
	}

	private PatientTimeline withSupport(List<Mark> support) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, this.visits, this.assessments,
				this.rehabilitation, support, this.hospital, this.lost, this.careTeam);
	}

	private PatientTimeline withHospital(List<Flag> hospital) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, this.visits, this.assessments,
				this.rehabilitation, this.support, hospital, this.lost, this.careTeam);
	}

	private PatientTimeline withLost(List<Flag> lost) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, this.visits, this.assessments,
				this.rehabilitation, this.support, this.hospital, lost, this.careTeam);
	}

	private PatientTimeline withCareTeam(List<Flag> careTeam) {
		return new PatientTimeline(this.registeredOn, this.disorder, this.residences, this.visits, this.assessments,
				this.rehabilitation, this.support, this.hospital, this.lost, careTeam);
	}

}
