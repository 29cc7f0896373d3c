package care.smd.platform.audit;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.common.InvalidValue;
import care.smd.platform.audit.AuditTrail.Verification;
import care.smd.platform.security.Role;

@RestController
@Tag(name = "Audit 审计", description = "Who read which case file; admins only")
class AuditController {

	record Entry(long sequence, Instant at, String user, String roles, String action, String patientId, String endpoint,
			String reason, String hash) {
	}

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/audit")
	@Operation(summary = "The latest audit entries, optionally for one case or one user")
	List<Entry> entries(@RequestParam(required = false) String patientId, @RequestParam(required = false) String user,
			@RequestParam(defaultValue = "100") int limit, Authentication reader) {
		requireAdmin(reader);
		if (limit < 1 || limit > 1000) {
			throw new InvalidValue("limit", "must be between 1 and 1000");
		}
		return this.trail.entries(patientId, user, limit)
			.stream()
			.map((e) -> new Entry(e.sequence, e.at, e.username, e.roles, e.action, e.patientId, e.endpoint, e.reason,
					e.hash))
			.toList();
	}

	@GetMapping("/api/audit/verify")
	@Operation(summary = "Check the hash chain; names the first entry that was changed, removed or reordered")
	Verification verify(Authentication reader) {
		requireAdmin(reader);
		return this.trail.verify();
	}

	private static void requireAdmin(Authentication reader) {
		if (!Role.anyHeldBy(reader, Role.ADMIN)) {
			throw new AccessDeniedException("the audit trail is for admins");
		}
	}

}
