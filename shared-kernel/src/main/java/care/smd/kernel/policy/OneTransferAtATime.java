package care.smd.kernel.policy;

import java.util.Map;

import care.smd.kernel.jurisdiction.JurisdictionCode;

/** A case is offered to one community at a time. */
public final class OneTransferAtATime {

	private OneTransferAtATime() {
	}

	public static void check(JurisdictionCode pendingTo) {
		if (pendingTo != null) {
			throw new PolicyViolation(
					"OneTransferAtATime", PolicyViolation.Kind.CONFLICT, null, "A transfer to " + pendingTo
							+ " is already waiting for an answer; withdraw it before proposing " + "another.",
					Map.of("pendingTransferTo", pendingTo.value()));
		}
	}

}
