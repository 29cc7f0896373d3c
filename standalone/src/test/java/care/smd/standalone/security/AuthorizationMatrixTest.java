package care.smd.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.Forms;

/**
 * Walks the documented authorization matrix (docs/authorization.md): every endpoint x
 * role x in/out of scope, each on a fresh case, expecting exactly the status the table
 * gives.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AuthorizationMatrixTest {

	private static final List<String> ROLES = List.of("DOCTOR", "CARE_TEAM", "SUPERVISOR", "HOSPITAL", "ADMIN");

	private static final Map<String, String> USERS = Map.of("DOCTOR", "doctor", "CARE_TEAM", "police", "SUPERVISOR",
			"supervisor", "HOSPITAL", "hospital", "ADMIN", "admin");

	private static final AtomicInteger FRESH = new AtomicInteger(100);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	record Row(String method, String path, Map<String, String[]> expected) {
	}

	@TestFactory
	List<DynamicTest> everyEndpointForEveryRoleInAndOutOfScope() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : rows()) {
			for (String role : ROLES) {
				String[] expected = row.expected().get(role);
				for (boolean inScope : new boolean[] { true, false }) {
					int status = Integer.parseInt(expected[inScope || expected.length == 1 ? 0 : 1].strip());
					tests
						.add(DynamicTest.dynamicTest(
								row.method() + " " + row.path() + " as " + role
										+ (inScope ? " in scope" : " out of scope") + " -> " + status,
								() -> check(row, USERS.get(role), inScope, status)));
				}
			}
		}
		assertThat(tests).hasSizeGreaterThan(250);
		return tests;
	}

	private void check(Row row, String user, boolean inScope, int expected) {
		Api api = new Api(this.port);
		String community = inScope ? "310105002001" : "320682100001";
		String path = row.path().replace("{scope}", inScope ? "310105" : "320682");
		if (path.contains("{newCode}")) {
			path = path.replace("{newCode}", (inScope ? "310105" : "320682") + FRESH.incrementAndGet());
		}
		Map<String, String> headers = Map.of();
		if (path.contains("{teamCase}")) {
			Answer registered = api.post("admin", "/api/patients",
					Forms.registration(FRESH.incrementAndGet(), community, "F20", LocalDate.of(2024, 1, 10)));
			String id = registered.text("id");
			Answer team = api.post("admin", "/api/patients/" + id + "/care-team",
					"{\"date\":\"2025-03-01\",\"members\":"
							+ "[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"}]}");
			headers = Map.of("X-Consistency-Token", team.header("X-Consistency-Token"));
			path = path.replace("{teamCase}", id);
		}
		if (path.contains("{id}")) {
			Answer registered = api.post("admin", "/api/patients",
					Forms.registration(FRESH.incrementAndGet(), community, "F20", LocalDate.of(2024, 1, 10)));
			String id = registered.text("id");
			headers = Map.of("X-Consistency-Token", registered.header("X-Consistency-Token"));
			prepare(api, row.method(), path, id, inScope);
			path = path.replace("{id}", id);
			if (path.contains("{referralId}")) {
				String referral = api
					.post("admin", "/api/patients/" + id + "/referrals",
							"{\"date\":\"2025-03-01\",\"reason\":\"复发\",\"urgency\":\"ROUTINE\",\"hospital\":\"精卫中心\"}")
					.text("id");
				path = path.replace("{referralId}", referral);
			}
		}
		Answer answer = api.send(user, row.method(), path, body(row.path(), community),
				"GET".equals(row.method()) ? headers : Map.of());
		assertThat(answer.status()).as(user + " " + row.method() + " " + path + ": " + answer.raw())
			.isEqualTo(expected);
	}

	private static void prepare(Api api, String method, String path, String id, boolean inScope) {
		if (path.endsWith("/transfers/rejection") || path.endsWith("/transfers/withdrawal")
				|| path.endsWith("/arrivals")) {
			// offered to another community on the same side of the scope line
			String destination = inScope ? "310105005001" : "320682100002";
			api.put("admin", "/api/jurisdictions/320682100002", "{\"name\":\"如城第二社区\",\"population\":4000}");
			api.post("admin", "/api/patients/" + id + "/transfers",
					"{\"date\":\"2025-03-01\",\"toJurisdiction\":\"" + destination + "\"}");
		}
		if (path.endsWith("/discharges")) {
			api.post("admin", "/api/patients/" + id + "/admissions", "{\"date\":\"2025-03-01\",\"hospital\":\"精卫中心\"}");
		}
		if (path.endsWith("/care-team/dissolution") || ("PUT".equals(method) && path.endsWith("/care-team"))) {
			api.post("admin", "/api/patients/" + id + "/care-team", TEAM);
		}
	}

	private static final String TEAM = "{\"date\":\"2025-03-01\",\"members\":[{\"role\":\"DOCTOR\",\"name\":\"王医生\"}]}";

	private static String body(String path, String community) {
		if (path.startsWith("GET") || path.contains("?")) {
			return null;
		}
		if (path.equals("/api/patients")) {
			return Forms.registration(FRESH.incrementAndGet(), community, "F20", LocalDate.of(2024, 1, 10));
		}
		if (path.endsWith("/follow-ups")) {
			return Forms.stableVisit(LocalDate.of(2025, 3, 14));
		}
		if (path.endsWith("/risk-assessments")) {
			return "{\"date\":\"2025-03-01\",\"dangerLevel\":1}";
		}
		if (path.endsWith("/rehabilitation")) {
			return "{\"date\":\"2025-03-01\",\"kind\":\"社区康复站\"}";
		}
		if (path.endsWith("/psychological-support")) {
			return "{\"date\":\"2025-03-01\",\"recipient\":\"FAMILY\"}";
		}
		if (path.endsWith("/referrals")) {
			return "{\"date\":\"2025-03-01\",\"reason\":\"复发\",\"urgency\":\"EMERGENCY\",\"hospital\":\"精卫中心\"}";
		}
		if (path.endsWith("/outcome")) {
			return "{\"date\":\"2025-03-02\",\"outcome\":\"ADMITTED\"}";
		}
		if (path.endsWith("/admissions")) {
			return "{\"date\":\"2025-03-02\",\"hospital\":\"精卫中心\"}";
		}
		if (path.endsWith("/discharges")) {
			return "{\"date\":\"2025-03-20\",\"hospital\":\"精卫中心\",\"summary\":\"好转\"}";
		}
		if (path.endsWith("/transfers/rejection") || path.endsWith("/transfers/withdrawal")) {
			return "{\"date\":\"2025-03-02\",\"reason\":\"核实后不迁\"}";
		}
		if (path.equals("/api/notifications/subscriptions")) {
			return "{\"channel\":\"WEBHOOK\",\"address\":\"https://hooks.example.cn/smd\","
					+ "\"secret\":\"0123456789abcdef\"}";
		}
		if (path.equals("/api/sync")) {
			return "{\"items\":[{\"itemId\":\"" + UUID.randomUUID() + "\",\"kind\":\"ASSESS_RISK\",\"patientId\":\""
					+ UUID.randomUUID() + "\",\"body\":{\"date\":\"2025-03-01\",\"dangerLevel\":1}}]}";
		}
		if (path.endsWith("/emergency-access")) {
			return "{\"reason\":\"急诊抢救\"}";
		}
		if (path.endsWith("/arrivals")) {
			return "{\"date\":\"2025-03-02\"}";
		}
		if (path.endsWith("/transfers")) {
			return "{\"date\":\"2025-03-01\",\"toJurisdiction\":\"310105005001\"}";
		}
		if (path.endsWith("/loss-to-follow-up")) {
			return "{\"date\":\"2025-03-01\",\"reason\":\"MISSING\"}";
		}
		if (path.endsWith("/death")) {
			return "{\"date\":\"2025-03-01\",\"cause\":\"ACCIDENT\"}";
		}
		if (path.endsWith("/deregistration")) {
			return "{\"date\":\"2025-03-01\",\"reason\":\"诊断修订\"}";
		}
		if (path.endsWith("/care-team")) {
			return "{\"date\":\"2025-04-01\",\"members\":[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\"}]}";
		}
		if (path.endsWith("/care-team/notes")) {
			return "{\"text\":\"家访记录\"}";
		}
		if (path.endsWith("/emergency-handling")) {
			return "{\"date\":\"2025-03-02\",\"handledBy\":[\"POLICE_OFFICER\"],\"description\":\"冲突\"}";
		}
		if (path.endsWith("/acknowledgement")) {
			return "{\"note\":\"知悉\"}";
		}
		if (path.endsWith("/resolution")) {
			return "{\"resolution\":\"已处理\"}";
		}
		if (path.endsWith("/dissolution")) {
			return "{\"date\":\"2025-04-01\"}";
		}
		if (path.equals("/api/plans")) {
			return "{\"code\":\"p" + FRESH.incrementAndGet() + "\",\"name\":\"方案\",\"targets\":{\"management\":0.9}}";
		}
		if (path.startsWith("/api/plans/assignments")) {
			return "{\"plan\":\"national-2018\"}";
		}
		if (path.startsWith("/api/jurisdictions")) {
			return "{\"name\":\"新街道\",\"population\":10000}";
		}
		return null;
	}

	private static List<Row> rows() throws IOException {
		String doc = Files.readString(Path.of("../docs/authorization.md"));
		String table = doc.substring(doc.indexOf("<!-- matrix:start -->"), doc.indexOf("<!-- matrix:end -->"));
		List<Row> rows = new ArrayList<>();
		for (String line : table.lines().toList()) {
			String[] cells = line.split("\\|");
			if (cells.length < 8 || cells[1].strip().equals("method") || cells[1].strip().startsWith("---")) {
				continue;
			}
			Map<String, String[]> expected = new java.util.HashMap<>();
			for (int i = 0; i < ROLES.size(); i++) {
				expected.put(ROLES.get(i), cells[3 + i].split("/"));
			}
			rows.add(new Row(cells[1].strip(), cells[2].strip(), expected));
		}
		assertThat(rows).hasSizeGreaterThan(25);
		return rows;
	}

}
