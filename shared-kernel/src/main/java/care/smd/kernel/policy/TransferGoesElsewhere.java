package care.smd.kernel.policy;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import java.util.Map;

/** A transfer moves the patient to a different community. */
public final class TransferGoesElsewhere {

	private TransferGoesElsewhere() {
	}

	public static void check(JurisdictionCode from, JurisdictionCode to) {
		if (from.equals(to)) {
			throw new PolicyViolation("TransferGoesElsewhere", PolicyViolation.Kind.INVALID, "toJurisdiction",
					"The patient already belongs to " + to + "; a transfer names another community.", Map.of());
		}
	}

}
