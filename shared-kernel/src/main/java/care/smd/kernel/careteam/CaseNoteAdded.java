package care.smd.kernel.careteam;

import java.time.LocalDate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientEvent;

/** A note was added to the shared case. */
public record CaseNoteAdded(PatientId patientId, String noteId, LocalDate date, String author,
		String text) implements PatientEvent {
}
