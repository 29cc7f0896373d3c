package care.smd.kernel.policy;

import java.time.LocalDate;
import java.util.Map;

/** Nothing can have happened after today (China Standard Time). */
public final class NoRecordsInTheFuture {

	private NoRecordsInTheFuture() {
	}

	public static void check(LocalDate date, LocalDate today, String field) {
		if (date.isAfter(today)) {
			throw new PolicyViolation(
					"NoRecordsInTheFuture", PolicyViolation.Kind.INVALID, field, field + " " + date
							+ " lies in the future; records describe what has happened (today is " + today + ").",
					Map.of());
		}
	}

}
