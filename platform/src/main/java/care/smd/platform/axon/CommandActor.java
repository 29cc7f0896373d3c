package care.smd.platform.axon;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sent a command: written into its metadata and copied onto every event it causes.
 */
public final class CommandActor {

	public static final String USER = "user";

	public static final String ROLES = "roles";

	/** the jurisdiction prefix the user works in; absent for the system itself */
	public static final String SCOPE = "scope";

	private CommandActor() {
	}

	public static Map<String, String> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return Map.of(USER, "system", ROLES, "SYSTEM");
		}
		String roles = care.smd.platform.security.Role.namesHeldBy(auth);
		return care.smd.platform.security.JurisdictionScope.of(auth)
			.map((scope) -> Map.of(USER, auth.getName(), ROLES, roles, SCOPE, scope))
			.orElse(Map.of(USER, auth.getName(), ROLES, roles));
	}

}
