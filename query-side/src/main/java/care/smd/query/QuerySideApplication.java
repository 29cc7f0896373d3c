package care.smd.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A read node: projects events into case views, worklists and indicator facts, answers
 * reads.
 */
@SpringBootApplication(scanBasePackages = { "care.smd.query", "care.smd.platform" })
@AutoConfigurationPackage(basePackages = "care.smd.platform")
public class QuerySideApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		SpringApplication.run(QuerySideApplication.class, args);
	}

}
