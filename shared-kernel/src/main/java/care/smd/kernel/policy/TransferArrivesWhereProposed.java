package care.smd.kernel.policy;

import java.util.Map;

import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * The community that accepts a proposed transfer is the one it was offered to; another
 * community cannot take the patient by naming itself.
 */
public final class TransferArrivesWhereProposed {

	private TransferArrivesWhereProposed() {
	}

	public static void check(JurisdictionCode proposedTo, JurisdictionCode arrival) {
		if (arrival != null && !arrival.equals(proposedTo)) {
			throw new PolicyViolation("TransferArrivesWhereProposed", PolicyViolation.Kind.INVALID, "jurisdiction",
					"The transfer was proposed to " + proposedTo + "; only that community can take the patient in.",
					Map.of("proposedTo", proposedTo.value()));
		}
	}

}
