package care.smd.kernel.referral;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 转诊: refer the patient to a hospital (EMERGENCY = green channel 绿色通道). */
public record ReferToHospital(@TargetAggregateIdentifier PatientId patientId, String referralId, LocalDate date,
		String reason, Urgency urgency, String hospital, String department) {

	public ReferToHospital {
		Require.present(referralId, "referralId");
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
		Require.present(urgency, "urgency");
		hospital = Require.text(hospital, "hospital", 200);
		department = Require.optionalText(department, "department", 100);
	}

}
