package care.smd.kernel.patient;

import care.smd.kernel.common.DomainEvent;

/** Every event of the Patient aggregate names its case. */
public interface PatientEvent extends DomainEvent {

	PatientId patientId();

	/** The day the recorded fact happened (not when it was recorded). */
	java.time.LocalDate date();

}
