package care.smd.standalone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Forms;

/**
 * The embedded default keeps what it accepted: stop the application, start it again, the
 * case is there.
 */
class RestartTest {

	@TempDir
	Path dataDirectory;

	@Test
	void aRegisteredPatientAndItsVisitsSurviveARestart() {
		String id;
		Answer lastWrite;
		try (ConfigurableApplicationContext first = start()) {
			Api api = new Api(port(first));
			Answer created = api.post("doctor", "/api/patients", Forms.registration(1));
			assertThat(created.status()).isEqualTo(201);
			id = created.text("id");
			api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.stableVisit(LocalDate.of(2025, 3, 14)));
			lastWrite = api.post("doctor", "/api/patients/" + id + "/follow-ups",
					Forms.visit(LocalDate.of(2025, 6, 14), "CLINIC", 3, "INTERMITTENT", "NONE"));
			assertThat(lastWrite.status()).isEqualTo(201);
		}
		try (ConfigurableApplicationContext second = start()) {
			Api api = new Api(port(second));
			Answer view = api.getAfter(lastWrite, "doctor", "/api/patients/" + id);
			assertThat(view.status()).isEqualTo(200);
			assertThat(view.header("X-Consistency")).isEqualTo("current");
			assertThat(view.body().path("history").findValuesAsText("type")).containsExactly("PatientRegistered",
					"FollowUpRecorded", "FollowUpRecorded");
			assertThat(view.text("latestClassification")).isEqualTo("UNSTABLE");
			Answer visit = api.post("doctor", "/api/patients/" + id + "/follow-ups",
					Forms.stableVisit(LocalDate.of(2025, 7, 1)));
			assertThat(visit.status()).as("the aggregate is rebuilt from the stored events").isEqualTo(201);
			assertThat(api.post("doctor", "/api/patients", Forms.registration(1)).status())
				.as("the ID-number index survived too")
				.isEqualTo(409);
		}
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments, because default properties lose to
		// application.properties
		return new SpringApplicationBuilder(StandaloneApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + this.dataDirectory.resolve("smd")
					+ ";DB_CLOSE_ON_EXIT=FALSE");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
