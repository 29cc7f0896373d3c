package care.smd.kernel.patient;

import java.time.LocalDate;
import care.smd.kernel.followup.DeathReport;

/** The patient died; the record closes, history stays. */
public record PatientDied(PatientId patientId, DeathReport death) implements PatientEvent {

	@Override
	public LocalDate date() {
		return this.death.date();
	}

}
