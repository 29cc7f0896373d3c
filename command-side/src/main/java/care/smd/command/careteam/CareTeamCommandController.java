package care.smd.command.careteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.careteam.AddCaseNote;
import care.smd.kernel.careteam.AssignCaseTask;
import care.smd.kernel.careteam.AssignCareTeam;
import care.smd.kernel.careteam.CompleteCaseTask;
import care.smd.kernel.careteam.CareTeamMember;
import care.smd.kernel.careteam.ChangeCareTeam;
import care.smd.kernel.careteam.DissolveCareTeam;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Created;
import care.smd.platform.web.Recorded;
import care.smd.platform.web.Today;

@RestController
@RequestMapping("/api/patients/{id}/care-team")
@Tag(name = "Care teams 关爱帮扶小组", description = "五帮一: cadre, police, doctor, grid worker, volunteer, family")
class CareTeamCommandController {

	record TeamRequest(LocalDate date, List<CareTeamMember> members) {
	}

	record DissolutionRequest(LocalDate date, String reason) {
	}

	private final Commands commands;

	private final Clock clock;

	CareTeamCommandController(Commands commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Assign a care team (个案管理)")
	ResponseEntity<Recorded> assign(@PathVariable String id, @RequestBody TeamRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new AssignCareTeam(patientId, request.date(), request.members()));
		return Recorded.created(patientId, "CareTeamAssigned", "care-team");
	}

	@PutMapping
	@Operation(summary = "Change the care team's members")
	ResponseEntity<Recorded> change(@PathVariable String id, @RequestBody TeamRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new ChangeCareTeam(patientId, request.date(), request.members()));
		return ResponseEntity.ok(new Recorded(patientId.value(), "CareTeamChanged"));
	}

	record NoteRequest(LocalDate date, String text) {
	}

	record TaskRequest(LocalDate date, String title, String assignee, LocalDate dueDate) {
	}

	record CompletionRequest(LocalDate date, String result) {
	}

	record TaskCreated(String id, String patientId) {
	}

	@PostMapping("/notes")
	@Operation(summary = "Add a note to the shared case (date defaults to today)")
	ResponseEntity<Recorded> note(@PathVariable String id, @RequestBody NoteRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new AddCaseNote(patientId, UUID.randomUUID().toString(),
				Today.or(request.date(), this.clock), request.text()));
		return Recorded.created(patientId, "CaseNoteAdded", "care-team/notes");
	}

	@PostMapping("/tasks")
	@Operation(summary = "Give a team member a task with a due date")
	ResponseEntity<TaskCreated> task(@PathVariable String id, @RequestBody TaskRequest request) {
		PatientId patientId = PatientId.of(id);
		String taskId = UUID.randomUUID().toString();
		this.commands.send(new AssignCaseTask(patientId, taskId, Today.or(request.date(), this.clock), request.title(),
				request.assignee(), request.dueDate()));
		return Created.at("/api/patients/" + patientId + "/care-team/tasks/" + taskId,
				new TaskCreated(taskId, patientId.value()));
	}

	@PostMapping("/tasks/{taskId}/completion")
	@Operation(summary = "Mark a task done")
	ResponseEntity<Recorded> complete(@PathVariable String id, @PathVariable String taskId,
			@RequestBody CompletionRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands
			.send(new CompleteCaseTask(patientId, taskId, Today.or(request.date(), this.clock), request.result()));
		return Recorded.created(patientId, "CaseTaskCompleted", "care-team/tasks/" + taskId + "/completion");
	}

	@PostMapping("/dissolution")
	@Operation(summary = "Dissolve the care team")
	ResponseEntity<Recorded> dissolve(@PathVariable String id, @RequestBody DissolutionRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new DissolveCareTeam(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "CareTeamDissolved", "care-team/dissolution");
	}

}
