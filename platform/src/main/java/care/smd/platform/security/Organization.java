package care.smd.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The organization a user works for (a hospital's name), carried as {@code ORG_<name>}.
 */
public final class Organization {

	public static final String AUTHORITY_PREFIX = "ORG_";

	private Organization() {
	}

	public static Optional<String> of(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a.startsWith(AUTHORITY_PREFIX))
			.map((a) -> a.substring(AUTHORITY_PREFIX.length()))
			.findFirst();
	}

}
