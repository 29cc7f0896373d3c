package care.smd.kernel.policy;

import java.util.Map;

import care.smd.kernel.patient.PatientId;

/**
 * A duplicate is merged into one survivor, and a merged case is no survivor: merge into
 * the case it was merged into instead, so that merges never chain.
 */
public final class MergedOnlyOnce {

	private MergedOnlyOnce() {
	}

	public static void check(PatientId mergedInto) {
		if (mergedInto != null) {
			throw new PolicyViolation("MergedOnlyOnce", PolicyViolation.Kind.CONFLICT, null,
					"This case was already merged into case " + mergedInto.value() + "; merge with that case instead.",
					Map.of("mergedInto", mergedInto.value()));
		}
	}

	public static void checkHoldsNone(boolean holdsDuplicates) {
		if (holdsDuplicates) {
			throw new PolicyViolation("MergedOnlyOnce", PolicyViolation.Kind.CONFLICT, null,
					"Other cases were merged into this one; merge the other way round, into this case.", Map.of());
		}
	}

	public static void checkNotAbsorbed(boolean alreadyAbsorbed, PatientId duplicate) {
		if (alreadyAbsorbed) {
			throw new PolicyViolation("MergedOnlyOnce", PolicyViolation.Kind.CONFLICT, "duplicateId",
					"Case " + duplicate.value() + " is already merged into this one.", Map.of());
		}
	}

}
