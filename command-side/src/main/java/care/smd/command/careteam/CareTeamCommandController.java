package care.smd.command.careteam;

import java.time.LocalDate;
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

import care.smd.kernel.careteam.AssignCareTeam;
import care.smd.kernel.careteam.CareTeamMember;
import care.smd.kernel.careteam.ChangeCareTeam;
import care.smd.kernel.careteam.DissolveCareTeam;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Recorded;

@RestController
@RequestMapping("/api/patients/{id}/care-team")
@Tag(name = "Care teams 关爱帮扶小组", description = "五帮一: cadre, police, doctor, grid worker, volunteer, family")
class CareTeamCommandController {

	record TeamRequest(LocalDate date, List<CareTeamMember> members) {
	}

	record DissolutionRequest(LocalDate date, String reason) {
	}

	private final Commands commands;

	CareTeamCommandController(Commands commands) {
		this.commands = commands;
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

	@PostMapping("/dissolution")
	@Operation(summary = "Dissolve the care team")
	ResponseEntity<Recorded> dissolve(@PathVariable String id, @RequestBody DissolutionRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new DissolveCareTeam(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "CareTeamDissolved", "care-team/dissolution");
	}

}
