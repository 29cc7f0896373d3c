package care.smd.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI description: what the service is, how to sign in, and a worked example for
 * every request body, kept in {@code openapi/examples.json} by "METHOD path" so that the
 * examples stay readable JSON (a test posts some of them to check they are real).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI smdOpenApi() {
		return new OpenAPI()
			.info(new Info().title("严重精神障碍社区随访 — community follow-up of severe mental disorders")
				.version("1")
				.description("Case management for community doctors (精防医生), five-person care teams (五帮一) and "
						+ "supervisors. Errors are application/problem+json (RFC 9457); any POST may carry an "
						+ "Idempotency-Key; writes answer X-Consistency-Token for read-your-writes."))
			.components(new Components()
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("demo profile: password = user name"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("production: a token from the OIDC provider")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	@Bean
	OpenApiCustomizer requestExamples() {
		Map<String, Object> examples = load();
		return (openApi) -> openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
				Object example = examples.get(method.name() + " " + path);
				if (example != null && op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
					MediaType json = op.getRequestBody().getContent().get("application/json");
					if (json != null) {
						json.setExample(example);
					}
				}
			}));
	}

	private static Map<String, Object> load() {
		try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
			return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("openapi/examples.json is unreadable", ex);
		}
	}

}
