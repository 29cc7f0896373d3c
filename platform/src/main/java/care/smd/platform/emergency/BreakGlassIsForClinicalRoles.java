package care.smd.platform.emergency;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import care.smd.platform.security.Role;

/**
 * Emergency access is for people who act on a patient in person: community and hospital
 * doctors and care-team members. Supervisors work with rates and never see case files, so
 * the glass is not theirs to break.
 */
final class BreakGlassIsForClinicalRoles {

	private BreakGlassIsForClinicalRoles() {
	}

	static void check(Authentication user) {
		if (!Role.anyHeldBy(user, Role.DOCTOR, Role.HOSPITAL, Role.CARE_TEAM, Role.ADMIN)) {
			throw new AccessDeniedException(
					"Emergency access is for doctors, hospitals and care-team members; your role never sees case files.");
		}
	}

}
