package care.smd.command.followup;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.followup.AssessRisk;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.GivePsychologicalSupport;
import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.followup.RecordRehabilitation;
import care.smd.kernel.followup.SupportRecipient;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Created;
import care.smd.platform.web.Recorded;

@RestController
@RequestMapping("/api/patients/{id}")
@Tag(name = "Follow-ups 随访", description = "Visits, danger assessments, rehabilitation, psychological support")
class FollowUpCommandController {

	/**
	 * @param classification what counts: the doctor's judgement if given, else the
	 * computed one
	 */
	record FollowUpAnswer(String id, String patientId, Classification computedClassification,
			Classification doctorClassification, Classification classification, LocalDate nextDueDate) {
	}

	record RiskAssessmentRequest(LocalDate date, DangerLevel dangerLevel, String note) {
	}

	record RehabilitationRequest(LocalDate date, String kind) {
	}

	record SupportRequest(LocalDate date, SupportRecipient recipient, String note) {
	}

	private final Commands commands;

	FollowUpCommandController(Commands commands) {
		this.commands = commands;
	}

	@PostMapping("/follow-ups")
	@Operation(summary = "Log a follow-up visit on the national form (随访服务记录表)",
			description = "Answers the classification computed by the rules (分类干预), the doctor's own if given, "
					+ "and the next due date.")
	ResponseEntity<FollowUpAnswer> record(@PathVariable String id, @RequestBody FollowUpForm visit) {
		PatientId patientId = PatientId.of(id);
		FollowUpRecorded recorded = this.commands
			.send(new RecordFollowUp(patientId, UUID.randomUUID().toString(), visit));
		return Created.at("/api/patients/" + patientId + "/follow-ups/" + recorded.followUpId(),
				new FollowUpAnswer(recorded.followUpId(), patientId.value(), recorded.computedClassification(),
						recorded.classification(), recorded.effectiveClassification(), recorded.nextDueDate()));
	}

	@PostMapping("/risk-assessments")
	@Operation(summary = "Record a danger assessment (危险性评估) outside a visit")
	ResponseEntity<Recorded> assess(@PathVariable String id, @RequestBody RiskAssessmentRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new AssessRisk(patientId, request.date(), request.dangerLevel(), request.note()));
		return Recorded.created(patientId, "RiskAssessed", "risk-assessments");
	}

	@PostMapping("/rehabilitation")
	@Operation(summary = "Record participation in community rehabilitation (社区康复)")
	ResponseEntity<Recorded> rehabilitation(@PathVariable String id, @RequestBody RehabilitationRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new RecordRehabilitation(patientId, request.date(), request.kind()));
		return Recorded.created(patientId, "RehabilitationRecorded", "rehabilitation");
	}

	@PostMapping("/psychological-support")
	@Operation(summary = "Record psychological support (心理疏导) for the patient or the family")
	ResponseEntity<Recorded> support(@PathVariable String id, @RequestBody SupportRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands
			.send(new GivePsychologicalSupport(patientId, request.date(), request.recipient(), request.note()));
		return Recorded.created(patientId, "PsychologicalSupportGiven", "psychological-support");
	}

}
