package care.smd.query;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A read node: projects events into case views, worklists and indicator facts, answers
 * reads.
 */
@SpringBootApplication(scanBasePackages = { "care.smd.query", "care.smd.platform" })
@AutoConfigurationPackage(basePackages = { "care.smd.query", "care.smd.platform" })
public class QuerySideApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		new SpringApplicationBuilder(QuerySideApplication.class)
			.properties("spring.config.import=optional:classpath:query-node.properties")
			.run(args);
	}

}
