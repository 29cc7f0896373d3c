package care.smd.command.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.followup.Medication;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.referral.AdmitToHospital;
import care.smd.kernel.referral.DischargeFromHospital;
import care.smd.kernel.referral.RecordReferralOutcome;
import care.smd.kernel.referral.ReferToHospital;
import care.smd.kernel.referral.ReferralOutcome;
import care.smd.kernel.referral.Urgency;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Created;
import care.smd.platform.web.Recorded;

@RestController
@RequestMapping("/api/patients/{id}")
@Tag(name = "Referrals 双向转诊", description = "Referral to hospital, its outcome, admission and discharge")
class ReferralCommandController {

	record ReferralRequest(LocalDate date, String reason, Urgency urgency, String hospital, String department) {
	}

	record ReferralCreated(String id, String patientId) {
	}

	record OutcomeRequest(LocalDate date, ReferralOutcome outcome, String reason) {
	}

	record AdmissionRequest(LocalDate date, String hospital, String referralId) {
	}

	record DischargeRequest(LocalDate date, String hospital, String summary, List<Medication> medication) {
	}

	private final Commands commands;

	ReferralCommandController(Commands commands) {
		this.commands = commands;
	}

	@PostMapping("/referrals")
	@Operation(summary = "Refer the patient to a hospital (转诊); EMERGENCY is the green channel (绿色通道)")
	ResponseEntity<ReferralCreated> refer(@PathVariable String id, @RequestBody ReferralRequest request) {
		PatientId patientId = PatientId.of(id);
		String referralId = UUID.randomUUID().toString();
		this.commands.send(new ReferToHospital(patientId, referralId, request.date(), request.reason(),
				request.urgency(), request.hospital(), request.department()));
		return Created.at("/api/patients/" + patientId + "/referrals/" + referralId,
				new ReferralCreated(referralId, patientId.value()));
	}

	@PostMapping("/referrals/{referralId}/outcome")
	@Operation(summary = "Record what became of a referral: ADMITTED, NOT_ADMITTED (reason required) or CANCELLED")
	ResponseEntity<Recorded> outcome(@PathVariable String id, @PathVariable String referralId,
			@RequestBody OutcomeRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(
				new RecordReferralOutcome(patientId, referralId, request.date(), request.outcome(), request.reason()));
		return Recorded.created(patientId, "ReferralOutcomeRecorded", "referrals/" + referralId + "/outcome");
	}

	@PostMapping("/admissions")
	@Operation(summary = "Record an admission to hospital (住院)")
	ResponseEntity<Recorded> admit(@PathVariable String id, @RequestBody AdmissionRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new AdmitToHospital(patientId, request.date(), request.hospital(), request.referralId()));
		return Recorded.created(patientId, "PatientAdmitted", "admissions");
	}

	@PostMapping("/discharges")
	@Operation(summary = "Record a discharge (出院): the community's follow-up becomes due within 2 weeks")
	ResponseEntity<Recorded> discharge(@PathVariable String id, @RequestBody DischargeRequest request) {
		PatientId patientId = PatientId.of(id);
		this.commands.send(new DischargeFromHospital(patientId, request.date(), request.hospital(), request.summary(),
				request.medication()));
		return Recorded.created(patientId, "PatientDischarged", "discharges");
	}

}
