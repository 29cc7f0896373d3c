package care.smd.standalone.careteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * The five-person team shares one case: notes, tasks, each member's own worklist, who
 * joined and left.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class TeamWorkContract {

	@LocalServerPort
	int port;

	@Test
	void theTeamSharesNotesTasksAndAWorklist() {
		Api api = new Api(this.port);
		String id = api
			.post("doctor", "/api/patients",
					Forms.registration(7001, Forms.COMMUNITY, "F20", LocalDate.of(2024, 1, 10)))
			.text("id");
		String base = "/api/patients/" + id;
		api.post("doctor", base + "/follow-ups",
				Forms.visit(LocalDate.of(2026, 11, 10), "HOME_VISIT", 3, "REGULAR", "NONE"));
		assertThat(api.post("police", base + "/care-team/notes", "{\"text\":\"无小组时不应可写\"}").status())
			.as("no team yet: the police officer is nobody's member")
			.isEqualTo(404);
		assertThat(api
			.post("doctor", base + "/care-team",
					"{\"date\":\"2026-11-10\",\"members\":["
							+ "{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"},"
							+ "{\"role\":\"VOLUNTEER\",\"name\":\"周志愿者\"},"
							+ "{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"userId\":\"doctor\",\"lead\":true}]}")
			.status()).isEqualTo(201);
		assertThat(api.post("police", base + "/care-team/notes", "{\"text\":\"邻居反映夜间吵闹\"}").status()).isEqualTo(201);
		Answer task = api.post("doctor", base + "/care-team/tasks",
				"{\"title\":\"上门核实服药\",\"assignee\":\"police\",\"dueDate\":\"2026-11-26\"}");
		assertThat(task.status()).isEqualTo(201);
		String taskId = task.text("id");

		JsonNode worklist = api.getAfter(task, "police", "/api/care-teams/me").body();
		assertThat(worklist.path("cases").findValuesAsText("")).isEmpty();
		assertThat(worklist.path("cases").toString()).contains(id);
		assertThat(worklist.path("openTasks").findValuesAsText("id")).containsExactly(taskId);
		assertThat(worklist.path("openAlerts").findValuesAsText("kind")).contains("DANGER_RAISED");

		Answer done = api.post("police", base + "/care-team/tasks/" + taskId + "/completion", "{\"result\":\"已按时服药\"}");
		assertThat(done.status()).isEqualTo(201);
		assertThat(api.post("police", base + "/care-team/tasks/" + taskId + "/completion", "{}").status())
			.isEqualTo(409);
		assertThat(api.getAfter(done, "police", "/api/care-teams/me").body().path("openTasks")).isEmpty();

		Answer changed = api.send("doctor", "PUT", base + "/care-team",
				"{\"date\":\"2026-11-20\",\"members\":["
						+ "{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\",\"userId\":\"police\"},"
						+ "{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"userId\":\"doctor\",\"lead\":true}]}",
				java.util.Map.of());
		assertThat(changed.status()).isEqualTo(200);
		JsonNode team = api.getAfter(changed, "police", base + "/care-team").body();
		for (JsonNode member : team.path("members")) {
			if (member.path("role").asText().equals("VOLUNTEER")) {
				assertThat(member.path("joinedOn").asText()).isEqualTo("2026-11-10");
				assertThat(member.path("leftOn").asText()).isEqualTo("2026-11-20");
			}
			else {
				assertThat(member.path("leftOn").isNull() || member.path("leftOn").isMissingNode()).isTrue();
			}
		}
		assertThat(team.path("notes").findValuesAsText("text")).containsExactly("邻居反映夜间吵闹");
		assertThat(team.path("notes").path(0).path("author").asText()).isEqualTo("police");
		assertThat(team.path("tasks").path(0).path("completedOn").asText()).isNotBlank();

		Answer emergency = api.post("police", base + "/emergency-handling",
				"{\"date\":\"2026-11-21\",\"handledBy\":[\"POLICE_OFFICER\",\"DOCTOR\"],\"description\":\"持刀威胁家属\",\"outcome\":\"送医\"}");
		assertThat(emergency.status()).as(emergency.raw()).isEqualTo(201);
		assertThat(api.getAfter(emergency, "doctor", base).body().path("history").findValuesAsText("type"))
			.contains("EmergencyHandled", "CaseNoteAdded", "CaseTaskCompleted");
		assertThat(api.get("supervisor", base + "/care-team").status()).isEqualTo(403);
		assertThat(api.get("doctor2", base + "/care-team").status()).isEqualTo(404);
	}

}
