package care.smd.kernel.policy;

import care.smd.kernel.patient.PatientStatus;
import java.util.Map;

/**
 * A community takes a patient in only after the sending community transferred them out.
 */
public final class ArrivalFollowsTransferOut {

	private ArrivalFollowsTransferOut() {
	}

	public static void check(PatientStatus status) {
		if (status != PatientStatus.MOVED_OUT) {
			throw new PolicyViolation("ArrivalFollowsTransferOut", PolicyViolation.Kind.CONFLICT, null,
					"The patient has not been transferred out (status " + status
							+ "); the sending community records the transfer first.",
					Map.of());
		}
	}

}
