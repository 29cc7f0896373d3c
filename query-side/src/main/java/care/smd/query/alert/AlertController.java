package care.smd.query.alert;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import care.smd.kernel.alert.AlertKind;
import care.smd.kernel.alert.AlertStatus;
import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.platform.persistence.PagedQuery;
import care.smd.platform.web.Paging;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.security.JurisdictionScope;
import care.smd.platform.security.Role;

@RestController
@Tag(name = "Alerts 预警", description = "Raised from events and the calendar; acknowledged and resolved by people")
class AlertController {

	record Alert(String id, String patientId, String jurisdiction, AlertKind kind, String label, LocalDate raisedAt,
			AlertStatus status, LocalDate statusChangedOn, String note) {
	}

	private final EntityManager entities;

	private final AlertStream stream;

	AlertController(EntityManager entities, AlertStream stream) {
		this.entities = entities;
		this.stream = stream;
	}

	@GetMapping("/api/alerts")
	@Operation(
			summary = "Open (and acknowledged) alerts in your jurisdiction; a care-team member sees those of "
					+ "their teams' cases. all=true includes resolved ones.",
			description = "Newest first, in pages of `size` (1-500, default 100) from `page` 0; "
					+ "X-Total-Count holds the number of all of them.")
	ResponseEntity<List<Alert>> alerts(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Authentication reader) {
		String prefix = scope(reader, jurisdiction);
		Paging paging = new Paging(page, size);
		String member = Role.anyHeldBy(reader, Role.CARE_TEAM) ? reader.getName() : null;
		String where = " from AlertRow a where a.jurisdiction between :low and :high"
				+ (all ? "" : " and a.status <> care.smd.kernel.alert.AlertStatus.RESOLVED")
				+ (member == null ? "" : " and exists (select s from AlertSubject s where s.patientId = a.patientId "
						+ "and s.members like :member)");
		CodeRange communities = CodeRange.communitiesUnder(prefix);
		Map<String, Object> parameters = new HashMap<>(Map.of("low", communities.low(), "high", communities.high()));
		if (member != null) {
			parameters.put("member", "%," + member + ",%");
		}
		PagedQuery.Found<AlertRow> found = PagedQuery.find(this.entities, AlertRow.class, "a", where,
				"a.raisedAt desc, a.id", parameters, paging);
		return Paging.answer(found.rows().stream().map(AlertController::answer).toList(), found.total());
	}

	@GetMapping("/api/patients/{id}/alerts")
	@Operation(summary = "Every alert of one case, open and resolved")
	List<Alert> ofPatient(@PathVariable String id, Authentication reader) {
		CodeRange communities = CodeRange.communitiesUnder(scope(reader, null));
		return this.entities
			.createQuery("select a from AlertRow a where a.patientId = :id and a.jurisdiction between :low and :high "
					+ "order by a.raisedAt, a.id", AlertRow.class)
			.setParameter("id", PatientId.of(id).value())
			.setParameter("low", communities.low())
			.setParameter("high", communities.high())
			.getResultList()
			.stream()
			.map(AlertController::answer)
			.toList();
	}

	@GetMapping(path = "/api/alerts/stream", produces = "text/event-stream")
	@Operation(summary = "New alerts in your jurisdiction as they are raised (server-sent events)")
	SseEmitter stream(Authentication reader) {
		return this.stream.listen(scope(reader, null));
	}

	private static String scope(Authentication reader, String asked) {
		if (!Role.anyHeldBy(reader, Role.DOCTOR, Role.CARE_TEAM, Role.ADMIN)) {
			throw new AccessDeniedException("alerts are for doctors and care teams");
		}
		String scope = JurisdictionScope.of(reader).orElseThrow(() -> new AccessDeniedException("no scope"));
		if (asked == null) {
			return scope;
		}
		String code = JurisdictionCode.of(asked).value();
		if (!code.startsWith(scope)) {
			throw new care.smd.kernel.common.InvalidValue("jurisdiction", "is outside your jurisdiction " + scope);
		}
		return code;
	}

	private static Alert answer(AlertRow a) {
		return new Alert(a.id, a.patientId, a.jurisdiction, a.kind, a.kind.chinese(), a.raisedAt, a.status,
				a.statusChangedOn, a.note);
	}

}
