package care.smd.kernel.policy;

import care.smd.kernel.patient.PatientStatus;
import java.util.Map;

/**
 * A deceased, moved-out or deregistered patient takes no new clinical records; the
 * history stays readable.
 */
public final class ClinicalRecordsStopAtClosure {

	private ClinicalRecordsStopAtClosure() {
	}

	public static void check(PatientStatus status) {
		if (status.isClosed()) {
			throw new PolicyViolation("ClinicalRecordsStopAtClosure", PolicyViolation.Kind.CONFLICT, null,
					"The case is closed (" + status + " " + status.chinese()
							+ "): a deceased, moved-out or deregistered patient takes no new clinical records; its history stays readable.",
					Map.of("caseStatus", status.name()));
		}
	}

}
