package care.smd.standalone.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * An event carries who did it and the command it came from; handling an event passes
 * nothing on, so its metadata is not decoded for that.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class EventMetadataTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Configuration axon;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	@Test
	void anEventCarriesItsCommandsActorAndOrigin() throws Exception {
		String id = new Api(this.port).post("doctor", "/api/patients", Forms.registration(9651)).text("id");
		byte[] stored = this.jdbc.queryForObject(
				"select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
				byte[].class, id);
		JsonNode metadata = new ObjectMapper().readTree(new String(stored, StandardCharsets.UTF_8));
		assertThat(metadata.path("user").asText()).isEqualTo("doctor");
		assertThat(metadata.path("roles").asText()).contains("DOCTOR");
		assertThat(metadata.path("correlationId").asText()).isNotBlank();
		assertThat(metadata.path("traceId").asText()).isEqualTo(metadata.path("correlationId").asText());
	}

	@Test
	void handlingAnEventPassesNothingOn() {
		GenericEventMessage<String> event = new GenericEventMessage<>("recorded", MetaData.emptyInstance()) {

			@Override
			public MetaData getMetaData() {
				throw new AssertionError("an event's metadata read for its correlation");
			}

		};
		assertThat(this.axon.correlationDataProviders()).isNotEmpty()
			.allSatisfy((provider) -> assertThat(provider.correlationDataFor(event)).isEmpty());
	}

}
