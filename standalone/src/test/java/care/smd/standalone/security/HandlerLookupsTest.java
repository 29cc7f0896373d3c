package care.smd.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.Forms;

/**
 * A request's Spring MVC handler is looked up once, by the DispatcherServlet: the
 * security chain matches its rules by path and does not look the handler up ahead of it
 * (SecurityConfiguration; docs/benchmarks.md, session 25). A handler mapping placed
 * before all others counts the lookups.
 */
@SpringBootTest(classes = { StandaloneApplication.class, HandlerLookupsTest.Counting.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HandlerLookupsTest {

	@LocalServerPort
	int port;

	@Autowired
	CountingLookups lookups;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	@Test
	void aFollowUpOverHttpLooksUpItsHandlerOnce() {
		Api api = new Api(this.port);
		String id = api.post("doctor", "/api/patients", Forms.registration(9501)).text("id");
		this.lookups.calls.set(0);
		assertThat(
				api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(LocalDate.of(2024, 2, 15)))
					.status())
			.isEqualTo(201);
		assertThat(this.lookups.calls).hasValue(1);
	}

	@Test
	void aRequestRefusedByTheChainLooksUpNoHandler() {
		Api api = new Api(this.port);
		this.lookups.calls.set(0);
		assertThat(api.post("supervisor", "/api/patients", Forms.registration(9502)).status()).isEqualTo(403);
		assertThat(this.lookups.calls).hasValue(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		CountingLookups countingLookups() {
			return new CountingLookups();
		}

	}

	/** First of the handler mappings; finds no handler, so the others are asked next. */
	static class CountingLookups implements HandlerMapping, Ordered {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public HandlerExecutionChain getHandler(HttpServletRequest request) {
			this.calls.incrementAndGet();
			return null;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
