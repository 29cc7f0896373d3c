package care.smd.platform.emergency;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.emergency.EmergencyAccess.Grant;
import care.smd.platform.security.Role;

@RestController
@Tag(name = "Emergency access 紧急调阅", description = "Break the glass: one case outside your scope, for a stated reason")
class EmergencyAccessController {

	record EmergencyRequest(String reason) {
	}

	private final EmergencyAccess access;

	private final Clock clock;

	EmergencyAccessController(EmergencyAccess access, Clock clock) {
		this.access = access;
		this.clock = clock;
	}

	@PostMapping("/api/patients/{id}/emergency-access")
	@Operation(summary = "Open one case outside your scope in an emergency, stating why (紧急调阅)",
			description = "For doctors, hospitals and care-team members (who then get their own kind of view: a "
					+ "care-team member the minimal one). Lasts smd.emergency-access.duration (3 hours); the grant "
					+ "and every read under it go to the audit trail and the admins' review.")
	ResponseEntity<Grant> open(@PathVariable String id, @RequestBody EmergencyRequest request, Authentication user,
			HttpServletRequest http) {
		String patientId = PatientId.of(id).value();
		Grant grant = this.access.grant(user, patientId, request == null ? null : request.reason(), http);
		return ResponseEntity.created(URI.create("/api/patients/" + patientId)).body(grant);
	}

	@GetMapping("/api/emergency-access")
	@Operation(summary = "Emergency accesses granted in a period, newest first, with the reads made under each",
			description = "For the admins' review; from and to are days (China Standard Time), to inclusive; "
					+ "the default is the last 30 days.")
	List<Grant> review(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Authentication reader) {
		if (!Role.anyHeldBy(reader, Role.ADMIN)) {
			throw new AccessDeniedException("the emergency-access review is for admins");
		}
		ZoneId zone = this.clock.getZone();
		LocalDate last = to != null ? to : LocalDate.now(this.clock);
		LocalDate first = from != null ? from : last.minusDays(30);
		if (first.isAfter(last)) {
			throw new InvalidValue("from", "must not be after to");
		}
		return this.access.granted(first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant());
	}

}
