package care.smd.kernel.policy;

import java.util.Map;

import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * A user writes only to cases of the jurisdiction they work in (their prefix; an empty
 * prefix covers the country). A case elsewhere answers exactly like a case that does not
 * exist.
 */
public final class WritesStayInScope {

	private WritesStayInScope() {
	}

	/** For writes to an existing case; a null scope is the system itself. */
	public static void check(String scope, JurisdictionCode caseJurisdiction) {
		if (scope != null && !caseJurisdiction.value().startsWith(scope)) {
			throw new PolicyViolation("WritesStayInScope", PolicyViolation.Kind.NOT_FOUND, null,
					"There is no such case in your scope.", Map.of());
		}
	}

	/** For registering a case, or taking one in, in a community. */
	public static void checkTarget(String scope, JurisdictionCode community, String field) {
		if (scope != null && !community.value().startsWith(scope)) {
			throw new PolicyViolation("WritesStayInScope", PolicyViolation.Kind.INVALID, field,
					"Community " + community + " is outside your jurisdiction " + scope + ".", Map.of());
		}
	}

}
