package care.smd.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A write node: takes commands over REST, decides on the aggregates, appends events. */
@SpringBootApplication(scanBasePackages = { "care.smd.command", "care.smd.platform" })
@AutoConfigurationPackage(basePackages = "care.smd.platform")
public class CommandSideApplication {

	public static void main(String[] args) {
		System.setProperty("axoniq.update-checker.disabled", "true");
		SpringApplication.run(CommandSideApplication.class, args);
	}

}
