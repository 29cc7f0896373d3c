package care.smd.kernel.policy;

import care.smd.kernel.patient.PatientId;
import java.util.Map;
import java.util.Optional;

/**
 * One person has one case: an ID number that is already registered points to the existing
 * case.
 */
public final class IdNumberRegisteredOnce {

	private IdNumberRegisteredOnce() {
	}

	public static void check(Optional<PatientId> existingCase) {
		if (existingCase.isPresent()) {
			throw new PolicyViolation("IdNumberRegisteredOnce", PolicyViolation.Kind.CONFLICT, "idNumber",
					"This ID number is already registered as case " + existingCase.get()
							+ "; open that case instead of registering the person twice.",
					Map.of("existingPatientId", existingCase.get().value()));
		}
	}

}
