package care.smd.standalone.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * A district migrates from its old system: a file of mixed good and bad rows; the good
 * ones land, the bad ones are reported with line and reason, a follow-up of a rejected
 * patient is rejected too, and running the file again imports nothing twice. Progress is
 * readable while it runs.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class RegistryImportTest {

	private static final String HEADER = "record,idNumber,name,sex,birthDate,jurisdiction,registeredOn,diagnosisCode,"
			+ "diagnosisHospital,diagnosisDate,consentGiven,consentSignedBy,consentDate,address,guardianName,"
			+ "guardianRelation,guardianPhone,date,form,dangerLevel,adherence,hospitalisation\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	private static String patient(int n, String community, String diagnosis, String address) {
		return "PATIENT," + Forms.idNumber(n) + ",患者" + n + ",MALE," + Forms.birthDate(n) + "," + community
				+ ",2024-03-01," + diagnosis + ",上海市精神卫生中心,2019-05-01,true,患者" + n + ",2024-03-01," + address + ",家属"
				+ n + ",母亲,13900000000,,,,,\n";
	}

	private static String visit(String idNumber, String date, String danger) {
		return "FOLLOW_UP," + idNumber + ",,,,,,,,,,,,,,,," + date + ",HOME_VISIT," + danger + ",REGULAR,NONE\n";
	}

	@Test
	void goodRowsLandBadRowsAreReportedAndARerunImportsNothingTwice() throws InterruptedException {
		String file = HEADER + patient(9401, Forms.COMMUNITY, "F20", "长宁区华阳路1号") // line 2
				+ "PATIENT,110101199001011234,错号,MALE,1990-01-01," + Forms.COMMUNITY
				+ ",2024-03-01,F20,医院,2019-05-01,true,x,2024-03-01,,,,,,,,,\n" // 3: bad
																				// check
																				// digit
				+ visit(Forms.idNumber(9401), "2025-03-10", "1") // 4
				+ visit(Forms.idNumber(9401), "2025-04-10", "9") // 5: no danger level 9
				+ patient(9402, Forms.COMMUNITY, "F99", "长宁区华阳路2号") // 6: not a severe
																	// disorder
				+ visit(Forms.idNumber(9402), "2025-03-10", "0") // 7: its patient was
																	// rejected
				+ patient(9403, Forms.COMMUNITY, "F31", "\"长宁区,华阳路3号\"") // 8: quoted
																			// comma
				+ visit(Forms.idNumber(9403), "2025-06-01", "0") // 9
				+ patient(9404, "320682100001", "F20", "如皋") // 10: outside doctor's scope
				+ "TRANSFER," + Forms.idNumber(9401) + ",,,,,,,,,,,,,,,,,,,,\n" // 11
				+ visit(Forms.idNumber(9401), "2025-03-10", "1"); // 12: line 4 again
		long eventsBefore = events();
		JsonNode first = importAndWait(file);
		assertThat(first.path("rows").asInt()).isEqualTo(11);
		assertThat(first.path("imported").asInt()).isEqualTo(4);
		assertThat(first.path("alreadyImported").asInt()).as("the repeated line").isEqualTo(1);
		assertThat(first.path("rejected").asInt()).isEqualTo(6);
		assertThat(first.path("rejections").findValuesAsText("line")).containsExactly("3", "5", "6", "7", "10", "11");
		Map<String, String> fields = Map.of("3", "idNumber", "5", "dangerLevel", "7", "idNumber", "10", "jurisdiction",
				"11", "record");
		for (JsonNode rejection : first.path("rejections")) {
			assertThat(rejection.path("reason").asText()).as("line " + rejection.path("line")).isNotBlank();
			String expected = fields.get(rejection.path("line").asText());
			if (expected != null) {
				assertThat(rejection.path("field").asText()).as("line " + rejection.path("line")).isEqualTo(expected);
			}
		}
		long eventsAfterFirst = events();
		assertThat(eventsAfterFirst - eventsBefore).as("two registrations, two visits").isEqualTo(4);

		Api api = new Api(this.port);
		// the import answers when its writes are stored; the read models follow within
		// moments
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!projected(api) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		JsonNode found = api.get("doctor", "/api/patients?idNumber=" + Forms.idNumber(9401)).body();
		assertThat(found).hasSize(1);
		String id = found.get(0).path("id").asText();
		JsonNode file9401 = api.get("doctor", "/api/patients/" + id).body();
		assertThat(file9401.path("lastVisitDate").asText()).isEqualTo("2025-03-10");
		JsonNode file9403 = api.get("doctor", "/api/patients/"
				+ api.get("doctor", "/api/patients?idNumber=" + Forms.idNumber(9403)).body().get(0).path("id").asText())
			.body();
		assertThat(file9403.path("registration").path("person").path("address").asText()).isEqualTo("长宁区,华阳路3号");

		JsonNode again = importAndWait(file);
		assertThat(again.path("imported").asInt()).isZero();
		assertThat(again.path("alreadyImported").asInt()).isEqualTo(5);
		assertThat(again.path("rejected").asInt()).isEqualTo(6);
		assertThat(events()).as("nothing twice").isEqualTo(eventsAfterFirst);

		assertThat(
				api.send("doctor", "POST", "/api/imports/registry", "no header\n", Map.of("Content-Type", "text/csv"))
					.status())
			.isEqualTo(400);
		assertThat(api.send("supervisor", "POST", "/api/imports/registry", file, Map.of("Content-Type", "text/csv"))
			.status()).isEqualTo(403);
	}

	private JsonNode importAndWait(String file) throws InterruptedException {
		Api api = new Api(this.port);
		Answer started = api.send("doctor", "POST", "/api/imports/registry", file, Map.of("Content-Type", "text/csv"));
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		String link = started.text("progress");
		assertThat(api.get("doctor2", link).status()).as("another's work").isEqualTo(404);
		long deadline = System.nanoTime() + 60_000_000_000L;
		JsonNode progress = api.get("doctor", link).body();
		while (progress.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline) {
			Thread.sleep(100);
			progress = api.get("doctor", link).body();
		}
		assertThat(progress.path("status").asText()).as(progress.toString()).isEqualTo("DONE");
		assertThat(progress.path("done").asLong()).isEqualTo(progress.path("total").asLong());
		return progress.path("result");
	}

	private static boolean projected(Api api) {
		JsonNode first = api.get("doctor", "/api/patients?idNumber=" + Forms.idNumber(9401)).body();
		JsonNode third = api.get("doctor", "/api/patients?idNumber=" + Forms.idNumber(9403)).body();
		return first.size() == 1 && third.size() == 1
				&& api.get("doctor", "/api/patients/" + first.get(0).path("id").asText())
					.body()
					.path("lastVisitDate")
					.asText()
					.equals("2025-03-10")
				&& !api.get("doctor", "/api/patients/" + third.get(0).path("id").asText())
					.body()
					.path("lastVisitDate")
					.isMissingNode();
	}

	private long events() {
		return this.jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
	}

}
