package care.smd.standalone.indicator;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.support.Databases;

class PostgresReplayTest extends ReplayContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.postgres(registry);
	}

}
