package care.smd.platform.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import care.smd.platform.idempotency.IdempotencyFilter;
import care.smd.platform.web.Problems;

/**
 * Every endpoint needs a login except health. Writes to case files are for doctors (and
 * admins); finer rules (scope, care teams, hospitals) live with the endpoints they guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No Micrometer observation around each of the chain's filters: it was a tenth of a
	 * write request's CPU (docs/benchmarks.md) and told nothing that
	 * {@code http.server.requests} and the audit trail do not.
	 */
	@Bean
	SecurityObservationSettings noFilterObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, IdempotencyFilter idempotency, ObjectMapper json,
			ObjectProvider<JwtDecoder> jwt) throws Exception {
		if (jwt.getIfAvailable() != null) {
			// production: bearer tokens from the OIDC provider, no passwords here
			http.oauth2ResourceServer(
					(server) -> server.jwt((token) -> token.jwtAuthenticationConverter(new JwtClaims()))
						.authenticationEntryPoint((request, response, ex) -> {
							response.setHeader("WWW-Authenticate", "Bearer");
							write(response, json, HttpStatus.UNAUTHORIZED, "Log in to use this service.");
						}));
		}
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"smd\"");
				write(response, json, HttpStatus.UNAUTHORIZED, "Log in to use this service.");
			}))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"smd\"");
				write(response, json, HttpStatus.UNAUTHORIZED, "Log in to use this service.");
			})
				.accessDeniedHandler((request, response, ex) -> write(response, json, HttpStatus.FORBIDDEN,
						"Your role may not do this.")))
			.authorizeHttpRequests((auth) -> auth
				// metrics carry counts and timings, never a patient; the proxy keeps
				// /actuator off the
				// public side and Prometheus scrapes the nodes inside the deployment's
				// network
				// the pages carry no data and every call they make signs in (the API's
				// description too: the browser asks for the demo password)
				.requestMatchers("/dashboard/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.PUT, "/api/jurisdictions/**")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				.requestMatchers(HttpMethod.POST, "/api/jurisdictions")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				.requestMatchers(HttpMethod.PUT, "/api/patients/**")
				.hasAnyRole(Role.DOCTOR.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/patients/*/alerts/*/acknowledgement",
						"/api/patients/*/alerts/*/resolution", "/api/patients/*/care-team/notes",
						"/api/patients/*/care-team/tasks", "/api/patients/*/care-team/tasks/*/completion",
						"/api/patients/*/emergency-handling")
				.hasAnyRole(Role.DOCTOR.name(), Role.CARE_TEAM.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/imports/**")
				.hasAnyRole(Role.DOCTOR.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/sync")
				.hasAnyRole(Role.DOCTOR.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/patients/*/emergency-access")
				.hasAnyRole(Role.DOCTOR.name(), Role.HOSPITAL.name(), Role.CARE_TEAM.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/emergency-access")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/patients/*/identity-erasure")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/patients/*/admissions", "/api/patients/*/discharges",
						"/api/patients/*/referrals/*/outcome")
				.hasAnyRole(Role.DOCTOR.name(), Role.HOSPITAL.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/patients", "/api/patients/**")
				.hasAnyRole(Role.DOCTOR.name(), Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.addFilterAfter(idempotency, AuthorizationFilter.class);
		return http.build();
	}

	private static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = Problems.problem(status,
				status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden", status.getReasonPhrase(), detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
