package care.smd.command;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A write node: takes commands over REST, decides on the aggregates, appends events. */
@SpringBootApplication(scanBasePackages = { "care.smd.command", "care.smd.platform" })
@AutoConfigurationPackage(basePackages = { "care.smd.command", "care.smd.platform" })
public class CommandSideApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		new SpringApplicationBuilder(CommandSideApplication.class)
			.properties("spring.config.import=optional:classpath:command-node.properties")
			.run(args);
	}

}
