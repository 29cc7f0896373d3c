package care.smd.kernel.policy;

import java.util.Map;

import care.smd.kernel.jurisdiction.JurisdictionCode;

/** Only a proposed transfer that is still waiting can be declined or withdrawn. */
public final class TransferMustBePending {

	private TransferMustBePending() {
	}

	public static void check(JurisdictionCode pendingTo) {
		if (pendingTo == null) {
			throw new PolicyViolation("TransferMustBePending", PolicyViolation.Kind.CONFLICT, null,
					"No transfer of this patient is waiting for an answer.", Map.of());
		}
	}

}
