package care.smd.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import care.smd.command.CommandSideApplication;
import care.smd.query.QuerySideApplication;

/**
 * Both sides in one JVM on an embedded H2 file database: the default way to run the
 * system.
 */
@SpringBootApplication
@ComponentScan(basePackages = { "care.smd.command", "care.smd.query", "care.smd.platform", "care.smd.standalone" },
		excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { CommandSideApplication.class, QuerySideApplication.class }))
@AutoConfigurationPackage(basePackages = { "care.smd.command", "care.smd.query", "care.smd.platform" })
public class StandaloneApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		SpringApplication.run(StandaloneApplication.class, args);
	}

}
