package care.smd.standalone.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * What operators scrape: liveness and readiness, commands per type and outcome, the
 * projections' latency and their lag per segment.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smd.projections.progress-log-interval=PT0.2S")
@ActiveProfiles("demo")
@Import(FixedClock.class)
@AutoConfigureObservability
class ObservabilityTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	/**
	 * Axon's update check (an HTTP call to get.axoniq.io from every node) stays off; Axon
	 * already skips it under JUnit, so what is checked is the exclusion itself.
	 */
	@Test
	void nothingPhonesHome(@Autowired Environment environment) {
		assertThat(environment.getProperty("spring.autoconfigure.exclude"))
			.contains(UpdateCheckerAutoConfiguration.class.getName());
	}

	@Test
	void probesAndMetricsAreThere() throws Exception {
		Api api = new Api(this.port);
		assertThat(api.get(null, "/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(api.get(null, "/actuator/health/liveness").status()).isEqualTo(200);
		String id = api.post("doctor", "/api/patients", Forms.registration(9601)).text("id");
		api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(LocalDate.of(2025, 3, 1)));
		api.post("doctor", "/api/patients/" + id + "/follow-ups", "{\"date\":\"2025-03-02\"}");
		Thread.sleep(1000);
		String metrics = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(metrics).contains("commandBus_successCounter_total{payloadType=\"RecordFollowUp\"")
			.contains("commandBus_failureCounter_total{payloadType=\"RecordFollowUp\"")
			.contains("eventProcessor_latency{processorName=\"case-views\"")
			.contains(
					"eventProcessor_successCounter_total{payloadType=\"FollowUpRecorded\",processorName=\"case-views\"")
			.contains("eventProcessor_capacity{payloadType=\"FollowUpRecorded\",processorName=\"indicators\"")
			.contains("commandBus_capacity{payloadType=\"RecordFollowUp\"}")
			.contains("commandBus_allTimer_seconds{payloadType=\"RecordFollowUp\",quantile=\"0.95\"}")
			.contains("commandBus_failureTimer_seconds_count{payloadType=\"RecordFollowUp\"}")
			.contains("smd_projection_lag_events{processor=\"case-views\",segment=\"0\"}")
			.contains("smd_projection_lag_events{processor=\"indicators\",segment=\"0\"}")
			.contains("http_server_requests_seconds_count{")
			.as("no long-task timer per request (smd-platform.properties)")
			.doesNotContain("http_server_requests_active");
	}

	/**
	 * Axon's time limits stay off (smd-platform.properties): each walked the thread's
	 * whole stack, three times per command.
	 */
	@Test
	void noAxonTimeLimits(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
		assertThat(context.getBeansOfType(AxonTimeoutAutoConfiguration.class)).isEmpty();
	}

}
