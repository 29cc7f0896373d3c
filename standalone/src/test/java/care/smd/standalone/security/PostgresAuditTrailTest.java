package care.smd.standalone.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.support.Databases;

class PostgresAuditTrailTest extends AuditTrailContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.postgres(registry);
	}

}
