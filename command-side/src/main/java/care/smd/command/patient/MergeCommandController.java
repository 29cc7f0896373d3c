package care.smd.command.patient;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.patient.AbsorbDuplicate;
import care.smd.kernel.patient.MarkAsDuplicate;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.ReleaseDuplicate;
import care.smd.kernel.patient.UndoMerge;
import care.smd.platform.axon.Commands;

/**
 * Merging two cases of one person touches both: the duplicate's side and the survivor's
 * side are decided and stored in one transaction, so that a merge is never half done.
 */
@RestController
@Tag(name = "Patients 患者")
class MergeCommandController {

	record MergeRequest(String duplicateId, LocalDate date, String reason) {
	}

	record UndoRequest(LocalDate date, String reason) {
	}

	record Merge(String survivorId, String duplicateId) {
	}

	private final Commands commands;

	private final TransactionTemplate together;

	MergeCommandController(Commands commands, PlatformTransactionManager transactions) {
		this.commands = commands;
		this.together = new TransactionTemplate(transactions);
	}

	@PostMapping("/api/patients/{id}/merges")
	@Operation(summary = "Merge a duplicate case of the same person into this one (合并重复档案)",
			description = "Both histories stay; the duplicate closes (status MERGED) and from then on its records are "
					+ "read and counted with this case, so the person counts once in every rate. Admins, or a doctor "
					+ "whose scope holds both cases. Candidates: GET /api/patients/{id}/duplicate-candidates.")
	ResponseEntity<Merge> merge(@PathVariable String id, @RequestBody MergeRequest request) {
		PatientId survivor = PatientId.of(id);
		if (request == null || request.duplicateId() == null) {
			throw new InvalidValue("duplicateId", "is required");
		}
		PatientId duplicate = PatientId.of(request.duplicateId());
		this.together.executeWithoutResult((tx) -> {
			this.commands.send(new MarkAsDuplicate(duplicate, survivor, request.date(), request.reason()));
			this.commands.send(new AbsorbDuplicate(survivor, duplicate, request.date(), request.reason()));
		});
		return ResponseEntity.created(URI.create("/api/patients/" + survivor.value()))
			.body(new Merge(survivor.value(), duplicate.value()));
	}

	@PostMapping("/api/patients/{id}/merges/{duplicateId}/undo")
	@Operation(summary = "Undo a wrong merge (撤销合并): both cases stand on their own again, as before")
	ResponseEntity<Merge> undo(@PathVariable String id, @PathVariable String duplicateId,
			@RequestBody UndoRequest request) {
		PatientId survivor = PatientId.of(id);
		PatientId duplicate = PatientId.of(duplicateId);
		LocalDate date = request == null ? null : request.date();
		String reason = request == null ? null : request.reason();
		this.together.executeWithoutResult((tx) -> {
			this.commands.send(new UndoMerge(duplicate, survivor, date, reason));
			this.commands.send(new ReleaseDuplicate(survivor, duplicate, date, reason));
		});
		return ResponseEntity.created(URI.create("/api/patients/" + duplicate.value()))
			.body(new Merge(survivor.value(), duplicate.value()));
	}

}
