package care.smd.kernel.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.LockUpStatus;

/**
 * Every field of the national follow-up service record (严重精神障碍患者随访服务记录表). Everything
 * describes the time since the previous follow-up. A visit that did not reach the patient
 * (lost or deceased) needs no clinical assessment; any other visit needs danger level,
 * adherence and hospitalisation.
 *
 * @param classification the doctor's own judgement, kept beside the computed one
 * (optional)
 * @param nextDate the next visit the doctor agreed with the patient (optional)
 * @param rehabilitation the patient took part in community rehabilitation since the last
 * visit
 * @param psychologicalSupport the patient or family got psychological support at or since
 * this visit
 */
public record FollowUpForm(LocalDate date, VisitForm form, List<Informant> informants, LostReason lostReason,
		DeathReport death, DangerLevel dangerLevel, List<Symptom> symptoms, String otherSymptoms, Insight insight,
		Rating sleep, Rating appetite, SocialFunction socialFunction, DangerousBehaviour dangerousBehaviour,
		LockUpStatus lockUp, HospitalisationStatus hospitalisation, LocalDate lastDischargeDate, String labTests,
		Adherence adherence, AdverseReaction adverseReaction, TreatmentEffect treatmentEffect,
		FollowUpReferral referral, List<Medication> medication, List<RehabilitationMeasure> rehabilitationAdvice,
		boolean rehabilitation, boolean psychologicalSupport, boolean seriousSomaticDisease,
		Classification classification, LocalDate nextDate, String doctor) {

	public FollowUpForm {
		Require.present(date, "date");
		Require.present(form, "form");
		informants = normalised(informants);
		symptoms = normalised(symptoms);
		rehabilitationAdvice = normalised(rehabilitationAdvice);
		medication = List.copyOf(Require.atMost(medication == null ? List.of() : medication, 3, "medication"));
		otherSymptoms = Require.optionalText(otherSymptoms, "otherSymptoms", 500);
		labTests = Require.optionalText(labTests, "labTests", 1000);
		doctor = Require.optionalText(doctor, "doctor", 100);
		dangerousBehaviour = dangerousBehaviour == null ? DangerousBehaviour.NONE : dangerousBehaviour;
		if (lostReason != null && death != null) {
			throw new InvalidValue("lostReason", "a visit reports either a lost patient or a death, not both");
		}
		if (lostReason == null && death == null) {
			Require.present(dangerLevel, "dangerLevel");
			Require.present(adherence, "adherence");
			Require.present(hospitalisation, "hospitalisation");
		}
		if (nextDate != null && nextDate.isBefore(date)) {
			throw new InvalidValue("nextDate", "must not be before the visit date");
		}
		if (death != null && death.date().isAfter(date)) {
			throw new InvalidValue("death.date", "must not be after the visit that reports it");
		}
	}

	/**
	 * The visit saw or spoke to the patient or an informant (not lost, not a death
	 * report).
	 */
	public boolean reached() {
		return this.lostReason == null && this.death == null;
	}

	/**
	 * Whether this visit carries a danger assessment (what management and standard
	 * management count).
	 */
	public boolean hasDangerAssessment() {
		return this.dangerLevel != null;
	}

	/**
	 * The values once each, in their declared order, without missing entries (the API
	 * refuses them; an event stored before it did may hold one). An enum set orders them
	 * without a stream's machinery, which was 8% of decoding a stored visit in a rebuild
	 * (docs/benchmarks.md, session 38).
	 */
	private static <E extends Enum<E>> List<E> normalised(List<E> values) {
		EnumSet<E> distinct = null;
		for (E value : (values == null) ? List.<E>of() : values) {
			if (value == null) {
				continue;
			}
			if (distinct == null) {
				distinct = EnumSet.of(value);
			}
			else {
				distinct.add(value);
			}
		}
		return (distinct == null) ? List.of() : List.copyOf(distinct);
	}

}
