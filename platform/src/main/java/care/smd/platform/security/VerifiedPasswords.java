package care.smd.platform.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.crypto.password.PasswordEncoder;

import care.smd.kernel.common.Sha256;

/**
 * The demo's password check with a memory of what it already verified: HTTP Basic logs in
 * on every request, and even BCrypt at strength 4 was 29 % of the CPU of a write over
 * HTTP in the benchmark (JFR). A pair of stored hash and SHA-256 of the password that
 * BCrypt accepted once is accepted again without BCrypt; anything else goes to BCrypt.
 * Demo accounts only; production signs in with OIDC tokens and has no passwords here.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private static final int MAX_REMEMBERED = 1_000;

	private final PasswordEncoder bcrypt;

	private final Set<String> verified = ConcurrentHashMap.newKeySet();

	VerifiedPasswords(PasswordEncoder bcrypt) {
		this.bcrypt = bcrypt;
	}

	@Override
	public String encode(CharSequence raw) {
		return this.bcrypt.encode(raw);
	}

	@Override
	public boolean matches(CharSequence raw, String encoded) {
		if (raw == null || encoded == null) {
			return false;
		}
		String key = encoded + ":" + Sha256.hex(raw.toString());
		if (this.verified.contains(key)) {
			return true;
		}
		boolean matches = this.bcrypt.matches(raw, encoded);
		if (matches && this.verified.size() < MAX_REMEMBERED) {
			this.verified.add(key);
		}
		return matches;
	}

}
