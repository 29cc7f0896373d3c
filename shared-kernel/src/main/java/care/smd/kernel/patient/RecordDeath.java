package care.smd.kernel.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;
import care.smd.kernel.followup.DeathReport;

/** 死亡: report a patient's death. */
public record RecordDeath(@TargetAggregateIdentifier PatientId patientId, DeathReport death) {

	public RecordDeath {
		Require.present(death, "death");
	}

}
