package care.smd.command.alert;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.alert.AcknowledgeAlert;
import care.smd.kernel.alert.ResolveAlert;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Recorded;
import care.smd.platform.web.Today;

@RestController
@RequestMapping("/api/patients/{id}/alerts/{alertId}")
@Tag(name = "Alerts 预警")
class AlertCommandController {

	record AcknowledgementRequest(LocalDate date, String note) {
	}

	record ResolutionRequest(LocalDate date, String resolution) {
	}

	private final Commands commands;

	private final Clock clock;

	AlertCommandController(Commands commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@PostMapping("/acknowledgement")
	@Operation(summary = "Acknowledge an alert (date defaults to today)")
	ResponseEntity<Recorded> acknowledge(@PathVariable String id, @PathVariable String alertId,
			@RequestBody AcknowledgementRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands
			.send(new AcknowledgeAlert(patientId, alertId, Today.or(request.date(), this.clock), request.note()));
		return Recorded.created(patientId, "AlertAcknowledged", "alerts/" + alertId + "/acknowledgement");
	}

	@PostMapping("/resolution")
	@Operation(summary = "Resolve an alert, saying how it was dealt with")
	ResponseEntity<Recorded> resolve(@PathVariable String id, @PathVariable String alertId,
			@RequestBody ResolutionRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands
			.send(new ResolveAlert(patientId, alertId, Today.or(request.date(), this.clock), request.resolution()));
		return Recorded.created(patientId, "AlertResolved", "alerts/" + alertId + "/resolution");
	}

}
