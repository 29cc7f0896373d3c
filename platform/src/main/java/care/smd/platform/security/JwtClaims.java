package care.smd.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads who the caller is from the OIDC provider's token: {@code preferred_username},
 * {@code roles} (DOCTOR, CARE_TEAM, SUPERVISOR, HOSPITAL, ADMIN), {@code jurisdiction}
 * (the prefix they work in) and {@code team_role} (e.g. POLICE_OFFICER). A role the
 * system does not know grants nothing.
 */
class JwtClaims implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		Collection<String> roles = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
		for (Role role : Role.values()) {
			if (roles.contains(role.name())) {
				authorities.add(new SimpleGrantedAuthority(role.authority()));
			}
		}
		String jurisdiction = jwt.getClaimAsString("jurisdiction");
		if (jurisdiction != null && jurisdiction.matches("\\d{0,12}")) {
			authorities.add(new SimpleGrantedAuthority(JurisdictionScope.AUTHORITY_PREFIX + jurisdiction));
		}
		String teamRole = jwt.getClaimAsString("team_role");
		if (teamRole != null && teamRole.matches("[A-Z_]{1,40}")) {
			authorities.add(new SimpleGrantedAuthority("TEAM_" + teamRole));
		}
		String organization = jwt.getClaimAsString("organization");
		if (organization != null && !organization.isBlank() && organization.length() <= 200) {
			authorities.add(new SimpleGrantedAuthority(Organization.AUTHORITY_PREFIX + organization));
		}
		String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username")
				: jwt.getSubject();
		return new JwtAuthenticationToken(jwt, authorities, name);
	}

}
