package care.smd.kernel.policy;

import java.time.LocalDate;
import java.util.Map;

/** A transfer is accepted, declined or withdrawn on or after the day it was proposed. */
public final class TransferDecidedAfterProposal {

	private TransferDecidedAfterProposal() {
	}

	public static void check(LocalDate decided, LocalDate proposed) {
		if (decided.isBefore(proposed)) {
			throw new PolicyViolation("TransferDecidedAfterProposal", PolicyViolation.Kind.INVALID, "date",
					"The transfer was proposed on " + proposed + "; it cannot be decided before that.",
					Map.of("proposedOn", proposed.toString()));
		}
	}

}
