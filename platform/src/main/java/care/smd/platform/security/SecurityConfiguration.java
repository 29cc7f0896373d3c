package care.smd.platform.security;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
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
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
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

	private static final String CHAIN = "springSecurityFilterChain";

	private static final String MVC_WRAPPER = "org.springframework.security.config.annotation.web.configuration."
			+ "WebMvcSecurityConfiguration$CompositeFilterChainProxy";

	/**
	 * No Micrometer observation around each of the chain's filters: it was a tenth of a
	 * write request's CPU (docs/benchmarks.md) and told nothing that
	 * {@code http.server.requests} and the audit trail do not.
	 */
	@Bean
	SecurityObservationSettings noFilterObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The rules' paths below are matched as Spring MVC matches its own (path patterns),
	 * without asking Spring MVC which handler a request goes to.
	 */
	@Bean
	PathPatternRequestMatcherBuilderFactoryBean requestPaths() {
		return new PathPatternRequestMatcherBuilderFactoryBean();
	}

	/**
	 * Spring Security 6.5 wraps its chain in a filter that looks up each request's Spring
	 * MVC handler ahead of the DispatcherServlet, for rules that ask Spring MVC which
	 * handler a request goes to. Ours ask nobody ({@link #requestPaths()}), yet that
	 * second lookup was 7.7% of the request threads' CPU in the write benchmark at
	 * 100,000 patients (docs/benchmarks.md, session 25). The wrapper is deprecated and
	 * gone in Security 7; until then it is taken off (the chain keeps Security's own
	 * wrapper, which parses the request's path once), and {@code HandlerLookupsTest}
	 * fails the day this stops taking it off.
	 */
	@Bean
	static BeanFactoryPostProcessor chainWithoutHandlerLookup() {
		return (factory) -> {
			BeanDefinitionRegistry registry = (BeanDefinitionRegistry) factory;
			if (!registry.containsBeanDefinition(CHAIN)) {
				return;
			}
			BeanDefinition wrapper = registry.getBeanDefinition(CHAIN);
			ValueHolder filters = wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
			if (MVC_WRAPPER.equals(wrapper.getBeanClassName()) && filters != null
					&& filters.getValue() instanceof List<?> list && list.size() == 2
					&& list.get(1) instanceof BeanDefinition chain) {
				registry.removeBeanDefinition(CHAIN);
				registry.registerBeanDefinition(CHAIN, chain);
			}
		};
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
