package care.smd.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import care.smd.command.CommandSideApplication;
import care.smd.query.QuerySideApplication;

/**
 * Both sides in one JVM on an embedded H2 file database: the default way to run the
 * system. It scans both sides and the platform, but not the two single-side application
 * classes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = { "care.smd.command", "care.smd.query", "care.smd.platform" },
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
						classes = { CommandSideApplication.class, QuerySideApplication.class }) })
@AutoConfigurationPackage(basePackages = { "care.smd.command", "care.smd.query", "care.smd.platform" })
public class StandaloneApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		SpringApplication.run(StandaloneApplication.class, args);
	}

}
