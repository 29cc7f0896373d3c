package care.smd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

	private final AtomicInteger bcryptChecks = new AtomicInteger();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return VerifiedPasswordsTest.this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedPasswordsTest.this.bcryptChecks.incrementAndGet();
			return VerifiedPasswordsTest.this.bcrypt.matches(raw, encoded);
		}

	};

	@Test
	void aVerifiedPasswordIsNotHashedAgainAndAWrongOneAlwaysIs() {
		VerifiedPasswords passwords = new VerifiedPasswords(this.counting);
		String stored = passwords.encode("doctor");
		assertThat(passwords.matches("doctor", stored)).isTrue();
		assertThat(passwords.matches("doctor", stored)).isTrue();
		assertThat(passwords.matches("doctor", stored)).isTrue();
		assertThat(this.bcryptChecks.get()).as("BCrypt once for the right password").isEqualTo(1);
		assertThat(passwords.matches("wrong", stored)).isFalse();
		assertThat(passwords.matches("wrong", stored)).isFalse();
		assertThat(this.bcryptChecks.get()).as("and every time for a wrong one").isEqualTo(3);
		assertThat(passwords.matches("doctor", passwords.encode("other"))).isFalse();
		assertThat(passwords.matches(null, stored)).isFalse();
	}

}
