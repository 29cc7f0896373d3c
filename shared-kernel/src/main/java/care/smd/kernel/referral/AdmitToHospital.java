package care.smd.kernel.referral;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 住院: the patient was admitted. */
public record AdmitToHospital(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String hospital,
		String referralId) {

	public AdmitToHospital {
		Require.present(date, "date");
		hospital = Require.text(hospital, "hospital", 200);
	}

}
