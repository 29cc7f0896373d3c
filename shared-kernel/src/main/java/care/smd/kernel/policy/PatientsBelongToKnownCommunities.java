package care.smd.kernel.policy;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import java.util.Map;

/**
 * A patient belongs to a 12-digit village/community that the jurisdiction registry knows.
 */
public final class PatientsBelongToKnownCommunities {

	private PatientsBelongToKnownCommunities() {
	}

	public static void check(boolean known, JurisdictionCode community, String field) {
		if (!known) {
			throw new PolicyViolation("PatientsBelongToKnownCommunities", PolicyViolation.Kind.INVALID, field,
					"Community " + community
							+ " is not in the jurisdiction registry; a patient belongs to a known 12-digit village/community (define it with PUT /api/jurisdictions/{code}).",
					Map.of());
		}
	}

}
