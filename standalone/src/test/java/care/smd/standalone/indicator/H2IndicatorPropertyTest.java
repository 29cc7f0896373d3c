package care.smd.standalone.indicator;

import java.util.UUID;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class H2IndicatorPropertyTest extends IndicatorPropertyContract {

	@BeforeContainer
	static void startApp() {
		start("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@AfterContainer
	static void stopApp() {
		stop();
	}

}
