package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.followup.LostReason;

/** The patient became lost to follow-up (失访) on date. */
public record PatientLostToFollowUp(PatientId patientId, LocalDate date, LostReason reason) implements PatientEvent {
}
