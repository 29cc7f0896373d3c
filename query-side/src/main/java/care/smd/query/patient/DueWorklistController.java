package care.smd.query.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.platform.web.Paging;
import care.smd.query.patient.DueCases.DueCase;
import care.smd.platform.audit.AuditTrail;
import care.smd.platform.web.TableExport;
import care.smd.platform.security.CaseAccess;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "Worklists 工作清单")
class DueWorklistController {

	/** count is every case due; items is the page asked for. */
	record DueAnswer(String jurisdiction, LocalDate date, long count, int page, int size, List<DueCase> items) {
	}

	private static final List<String> HEADER = List.of("patientId", "name", "jurisdiction", "status", "classification",
			"dangerLevel", "highRisk", "nextDueDate", "daysOverdue");

	private final DueCases dueCases;

	private final CaseAccess access;

	private final Clock clock;

	private final AuditTrail audit;

	DueWorklistController(DueCases dueCases, CaseAccess access, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.clock = clock;
		this.dueCases = dueCases;
		this.access = access;
	}

	@GetMapping("/api/worklists/due")
	@Operation(summary = "Follow-ups due or overdue as of a date (default today), unstable and high-risk first",
			description = "Cases in hospital wait for their discharge; lost cases stay on the list until found. "
					+ "Pages of `size` (1-500, default 100) from `page` 0; `count` is every case due. "
					+ "format=csv or xlsx downloads the whole list (audited as an export).")
	Object due(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String format, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Authentication reader, HttpServletRequest request) {
		String prefix = this.access.caseScope(reader, jurisdiction == null ? null : JurisdictionCode.of(jurisdiction));
		LocalDate asOf = date == null ? LocalDate.now(this.clock) : date;
		boolean download = TableExport.isDownload(format);
		Paging paging = new Paging(page, size);
		this.audit.record(reader, download ? AuditTrail.Action.EXPORT : AuditTrail.Action.WORKLIST_READ, null, request);
		if (download) {
			return TableExport.respond(format, new TableExport.Table("due-" + prefix + "-" + asOf, HEADER, this.dueCases
				.allDueBy(prefix, asOf)
				.stream()
				.map((c) -> java.util.Arrays.<Object>asList(c.patientId(), c.name(), c.jurisdiction(), c.status(),
						c.classification(), c.dangerLevel(), c.highRisk(), c.nextDueDate(), c.daysOverdue()))
				.toList()));
		}
		DueCases.DuePage due = this.dueCases.dueBy(prefix, asOf, paging);
		return new DueAnswer(prefix, asOf, due.total(), page, size, due.items());
	}

}
