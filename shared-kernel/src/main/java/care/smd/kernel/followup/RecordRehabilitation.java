package care.smd.kernel.followup;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.patient.PatientId;

/** 居家患者社区康复: the patient took part in community rehabilitation. */
public record RecordRehabilitation(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String kind) {

	public RecordRehabilitation {
		Require.present(date, "date");
		kind = Require.text(kind, "kind", 100);
	}

}
