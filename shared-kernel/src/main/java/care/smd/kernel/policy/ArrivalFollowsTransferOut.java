package care.smd.kernel.policy;

import care.smd.kernel.patient.PatientStatus;
import java.util.Map;

/**
 * A community takes a patient in only when the sending community offered them: a pending
 * proposal, or (in histories before the two-step hand-over) a recorded transfer-out.
 */
public final class ArrivalFollowsTransferOut {

	private ArrivalFollowsTransferOut() {
	}

	public static void check(PatientStatus status, boolean transferPending) {
		if (!transferPending && status != PatientStatus.MOVED_OUT) {
			throw new PolicyViolation("ArrivalFollowsTransferOut", PolicyViolation.Kind.CONFLICT, null,
					"No transfer of this patient has been proposed (status " + status
							+ "); the sending community proposes the transfer first.",
					Map.of());
		}
	}

}
