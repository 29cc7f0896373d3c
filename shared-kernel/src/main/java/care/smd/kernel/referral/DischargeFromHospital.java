package care.smd.kernel.referral;

import java.util.List;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.followup.Medication;

/** 出院: the hospital hands the patient back to the community. */
public record DischargeFromHospital(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String hospital,
		String summary, List<Medication> medication) {

	public DischargeFromHospital {
		Require.present(date, "date");
		hospital = Require.text(hospital, "hospital", 200);
		summary = Require.text(summary, "summary", 4000);
		medication = List.copyOf(Require.atMost(medication == null ? List.of() : medication, 3, "medication"));
	}

}
