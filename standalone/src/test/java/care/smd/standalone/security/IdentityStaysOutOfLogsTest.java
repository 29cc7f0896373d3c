package care.smd.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.kernel.careteam.CareTeamMember;
import care.smd.kernel.careteam.CareTeamRole;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.Forms;

/**
 * Logs never carry identity data: not on success, not on refusal, not in a message's
 * toString.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.care.smd=DEBUG", "logging.level.org.springframework.web=DEBUG" })
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class IdentityStaysOutOfLogsTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	@Test
	void aWholeCaseLeavesNoNameIdNumberOrPhoneInTheOutput(CapturedOutput output) {
		Api api = new Api(this.port);
		String body = Forms.registration(31337, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10));
		String id = api.post("doctor", "/api/patients", body).text("id");
		api.post("doctor", "/api/patients", body);
		api.post("doctor", "/api/patients", body.replace("\"F20\"", "\"F32\""));
		api.post("doctor", "/api/patients",
				body.replace(Forms.idNumber(31337), Forms.idNumber(31337).substring(0, 17) + "0"));
		api.post("doctor", "/api/patients/" + id + "/follow-ups", Forms.fullVisit(LocalDate.of(2025, 3, 14)));
		api.post("doctor", "/api/patients/" + id + "/care-team",
				"{\"date\":\"2025-03-01\",\"members\":[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官甲\",\"phone\":\"13711112222\"}]}");
		api.get("doctor", "/api/patients/" + id);
		api.get("doctor2", "/api/patients/" + id);
		api.get("doctor", "/api/patients?jurisdiction=310105002001");
		api.get("doctor", "/api/worklists/due?jurisdiction=310105002001&date=2026-11-20");

		assertThat(output.getAll()).doesNotContain("患者31337", "家属31337", Forms.idNumber(31337), "13800000000",
				"13900000000", "华阳路31337号", "钱警官甲", "13711112222");
	}

	@Test
	void messagesPrintNoIdentity() {
		PatientRegistered registered = Samples.registered();
		CareTeamMember member = new CareTeamMember(CareTeamRole.POLICE_OFFICER, "钱警官", "police", "13700000000", false);
		assertThat(registered.toString() + member).doesNotContain("张三", "李梅", "13800000000", "13900000000",
				registered.person().idNumber().value(), "长宁区华阳路1号", "钱警官", "13700000000");
	}

}
