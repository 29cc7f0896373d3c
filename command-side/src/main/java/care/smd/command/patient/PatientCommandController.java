package care.smd.command.patient;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.careteam.CareTeamRole;
import care.smd.kernel.careteam.RecordEmergencyHandling;
import care.smd.kernel.followup.DeathCause;
import care.smd.kernel.followup.DeathReport;
import care.smd.kernel.followup.LostReason;
import care.smd.kernel.followup.SomaticCause;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.Deregister;
import care.smd.kernel.patient.EraseIdentity;
import care.smd.kernel.patient.MarkLostToFollowUp;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.ReceiveTransfer;
import care.smd.kernel.patient.RecordDeath;
import care.smd.kernel.patient.RegisterPatient;
import care.smd.kernel.patient.ProposeTransfer;
import care.smd.kernel.patient.RejectTransfer;
import care.smd.kernel.patient.WithdrawTransfer;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Created;
import care.smd.platform.web.Recorded;

@RestController
@RequestMapping("/api/patients")
@Tag(name = "Patients 患者", description = "Registration and the case's lifecycle")
class PatientCommandController {

	record PatientCreated(String id) {
	}

	record TransferRequest(LocalDate date, JurisdictionCode toJurisdiction, String reason) {
	}

	record TransferDecision(LocalDate date, String reason) {
	}

	record ArrivalRequest(LocalDate date, JurisdictionCode jurisdiction) {
	}

	record LostRequest(LocalDate date, LostReason reason) {
	}

	record DeathRequest(LocalDate date, DeathCause cause, SomaticCause somaticCause, String detail) {
	}

	record DeregistrationRequest(LocalDate date, String reason) {
	}

	private final Commands commands;

	PatientCommandController(Commands commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Register a patient (登记建档)",
			description = "Needs one of the six severe diagnoses, a valid 18-character ID number and a known "
					+ "12-digit community. Consent may be given or refused; both are recorded. 409 names the "
					+ "existing case when the ID number is already registered.")
	ResponseEntity<PatientCreated> register(@RequestBody RegistrationRequest request) {
		RegisterPatient command = request.toCommand();
		this.commands.send(command);
		String id = command.patientId().value();
		return Created.at("/api/patients/" + id, new PatientCreated(id));
	}

	@PostMapping("/{id}/transfers")
	@Operation(summary = "Propose to hand the patient over to another community (迁出申请)",
			description = "Step one of two: the patient stays on the sender's worklist and in its rates until the "
					+ "receiving community accepts (POST …/arrivals) or declines (POST …/transfers/rejection). "
					+ "One proposal at a time; the sender may withdraw it (POST …/transfers/withdrawal).")
	ResponseEntity<Recorded> transfer(@PathVariable String id, @RequestBody TransferRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new ProposeTransfer(patientId, request.date(), request.toJurisdiction(), request.reason()));
		return Recorded.created(patientId, "TransferProposed", "transfers");
	}

	@PostMapping("/{id}/transfers/rejection")
	@Operation(summary = "Decline a proposed transfer, saying why (拒绝迁入; the receiving community)")
	ResponseEntity<Recorded> rejectTransfer(@PathVariable String id, @RequestBody TransferDecision request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new RejectTransfer(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "TransferRejected", "transfers/rejection");
	}

	@PostMapping("/{id}/transfers/withdrawal")
	@Operation(summary = "Withdraw a proposed transfer before it is decided (撤回; the sending community)")
	ResponseEntity<Recorded> withdrawTransfer(@PathVariable String id, @RequestBody TransferDecision request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new WithdrawTransfer(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "TransferWithdrawn", "transfers/withdrawal");
	}

	@PostMapping("/{id}/arrivals")
	@Operation(summary = "Accept a proposed transfer: the receiving community takes the patient in (迁入)",
			description = "The patient leaves the sending community and arrives here on this date; the first "
					+ "visit is due within 14 days. jurisdiction, if given, must be the proposed one.")
	ResponseEntity<Recorded> arrive(@PathVariable String id, @RequestBody ArrivalRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new ReceiveTransfer(patientId, request.date(), request.jurisdiction()));
		return Recorded.created(patientId, "PatientTransferredIn", "arrivals");
	}

	@PostMapping("/{id}/loss-to-follow-up")
	@Operation(summary = "Mark the patient lost to follow-up (失访)")
	ResponseEntity<Recorded> lost(@PathVariable String id, @RequestBody LostRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new MarkLostToFollowUp(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "PatientLostToFollowUp", "loss-to-follow-up");
	}

	@PostMapping("/{id}/death")
	@Operation(summary = "Report the patient's death (死亡)")
	ResponseEntity<Recorded> death(@PathVariable String id, @RequestBody DeathRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new RecordDeath(patientId,
				new DeathReport(request.date(), request.cause(), request.somaticCause(), request.detail())));
		return Recorded.created(patientId, "PatientDied", "death");
	}

	record ErasureRequest(LocalDate date, String reason) {
	}

	record EmergencyRequest(LocalDate date, List<CareTeamRole> handledBy, String description, String outcome) {
	}

	@PostMapping("/{id}/emergency-handling")
	@Operation(summary = "Record an emergency handled by police and doctor (应急处置)")
	ResponseEntity<Recorded> emergency(@PathVariable String id, @RequestBody EmergencyRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new RecordEmergencyHandling(patientId, request.date(), request.handledBy(),
				request.description(), request.outcome()));
		return Recorded.created(patientId, "EmergencyHandled", "emergency-handling");
	}

	@PostMapping("/{id}/identity-erasure")
	@Operation(summary = "Erase the patient's identity for good (crypto-shredding; admins only)",
			description = "Destroys the patient's key: name, ID number and contacts become unreadable in the event "
					+ "store, its backups and every read model. The anonymous history still counts in the rates.")
	ResponseEntity<Recorded> erase(@PathVariable String id, @RequestBody ErasureRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new EraseIdentity(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "PatientIdentityErased", "identity-erasure");
	}

	@PostMapping("/{id}/deregistration")
	@Operation(summary = "Close the case (销案), e.g. when the diagnosis was revised")
	ResponseEntity<Recorded> deregister(@PathVariable String id, @RequestBody DeregistrationRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new Deregister(patientId, request.date(), request.reason()));
		return Recorded.created(patientId, "PatientDeregistered", "deregistration");
	}

}
