package care.smd.standalone.casecache;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.support.Databases;

class H2CaseCacheTest extends CaseCacheContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

}
