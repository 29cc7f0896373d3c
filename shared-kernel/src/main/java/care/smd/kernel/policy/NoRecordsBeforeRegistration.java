package care.smd.kernel.policy;

import java.time.LocalDate;
import java.util.Map;

/** Clinical records start on the day the patient was registered. */
public final class NoRecordsBeforeRegistration {

	private NoRecordsBeforeRegistration() {
	}

	public static void check(LocalDate date, LocalDate registeredOn, String field) {
		if (date.isBefore(registeredOn)) {
			throw new PolicyViolation("NoRecordsBeforeRegistration", PolicyViolation.Kind.INVALID, field,
					field + " " + date + " is before the patient was registered on " + registeredOn
							+ "; record earlier history in the registration.",
					Map.of());
		}
	}

}
