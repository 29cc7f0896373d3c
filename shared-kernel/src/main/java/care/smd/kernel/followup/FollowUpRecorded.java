package care.smd.kernel.followup;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/**
 * A follow-up was logged: the doctor's form, the computed classification, the doctor's
 * own (if any) and the next due date.
 */
public record FollowUpRecorded(PatientId patientId, String followUpId, FollowUpForm visit,
		Classification computedClassification, Classification classification,
		LocalDate nextDueDate) implements PatientEvent {

	/**
	 * The classification that counts: the doctor's judgement when recorded, else the
	 * computed one.
	 */
	public Classification effectiveClassification() {
		return this.classification != null ? this.classification : this.computedClassification;
	}

	@Override
	public LocalDate date() {
		return this.visit.date();
	}

}
