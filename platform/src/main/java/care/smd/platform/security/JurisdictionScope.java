package care.smd.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The jurisdiction prefix a user works in, carried as an authority
 * {@code JURISDICTION_<prefix>}.
 */
public final class JurisdictionScope {

	public static final String AUTHORITY_PREFIX = "JURISDICTION_";

	private JurisdictionScope() {
	}

	/** The user's prefix; the empty prefix (admin) covers the whole country. */
	public static Optional<String> of(Authentication auth) {
		return auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(AUTHORITY_PREFIX.length()))
			.findFirst();
	}

	public static boolean covers(Authentication auth, String jurisdiction) {
		return of(auth).map(jurisdiction::startsWith).orElse(false);
	}

}
