package care.smd.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo profile's HTTP Basic accounts (api.md): password = user name. Never active in
 * production, where users come from the OIDC provider.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoAccounts {

	record Account(String name, Role role, String scope, String teamRole) {
	}

	static final List<Account> ACCOUNTS = List.of(new Account("doctor", Role.DOCTOR, "310105", null),
			new Account("doctor2", Role.DOCTOR, "320682", null),
			new Account("police", Role.CARE_TEAM, "310105", "POLICE_OFFICER"),
			new Account("supervisor", Role.SUPERVISOR, "31", null), new Account("hospital", Role.HOSPITAL, "31", null),
			new Account("admin", Role.ADMIN, "", null));

	/**
	 * Every demo request logs in again (HTTP Basic): at BCrypt's default strength that is
	 * ~80 ms of CPU per request, which would make the demo and the multi-node test
	 * measure the hash. The passwords are the user names anyway; production has no
	 * passwords here (OIDC tokens).
	 */
	@Bean
	PasswordEncoder demoPasswordEncoder() {
		return new VerifiedPasswords(new BCryptPasswordEncoder(4));
	}

	@Bean
	UserDetailsService demoUsers(PasswordEncoder encoder) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		for (Account account : ACCOUNTS) {
			List<String> authorities = new ArrayList<>();
			authorities.add(account.role().authority());
			authorities.add(JurisdictionScope.AUTHORITY_PREFIX + account.scope());
			if (account.teamRole() != null) {
				authorities.add("TEAM_" + account.teamRole());
			}
			if (account.role() == Role.HOSPITAL) {
				authorities.add(Organization.AUTHORITY_PREFIX + "上海市精神卫生中心");
			}
			users.createUser(User.withUsername(account.name())
				.password(encoder.encode(account.name()))
				.authorities(authorities.toArray(String[]::new))
				.build());
		}
		return users;
	}

}
