package care.smd.kernel.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import care.smd.kernel.common.Require;

/** 销案: close the case, e.g. because the diagnosis was revised. */
public record Deregister(@TargetAggregateIdentifier PatientId patientId, LocalDate date, String reason) {

	public Deregister {
		Require.present(date, "date");
		reason = Require.text(reason, "reason", 500);
	}

}
