package care.smd.query.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.platform.persistence.PagedQuery;
import care.smd.platform.web.Paging;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.IdNumberFingerprint;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientStatus;
import care.smd.kernel.patient.SevereDisorder;
import care.smd.platform.audit.AuditTrail;
import care.smd.platform.emergency.EmergencyAccess;
import care.smd.platform.security.CaseAccess;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "Cases 个案", description = "Case files and their search, within the reader's jurisdiction")
class CaseQueryController {

	/**
	 * @param caseId the case the entry was recorded in: this one or a merged duplicate
	 */
	record HistoryItem(LocalDate date, String type, long sequence, String caseId, JsonNode event) {
	}

	/** A case that probably records the same person; the name only within your scope. */
	record Candidate(String id, String name, String jurisdiction, PatientStatus status, LocalDate registeredOn,
			SevereDisorder disorder, DuplicateCandidates.Match matchedOn) {

		@Override
		public String toString() {
			return "Candidate[" + this.id + ", masked]";
		}

	}

	record CaseAnswer(String id, String jurisdiction, PatientStatus status, String statusLabel, SevereDisorder disorder,
			LocalDate registeredOn, Classification latestClassification, Integer latestDangerLevel,
			LocalDate lastVisitDate, LocalDate nextDueDate, boolean inHospital, boolean careTeam, String transferTo,
			String pendingTransferTo, String mergedInto, List<String> mergedDuplicates, List<String> possibleDuplicates,
			long version, JsonNode registration, JsonNode careTeamMembers, List<HistoryItem> history) {

		/** Spring MVC logs bodies at debug level: identity stays out of them. */
		@Override
		public String toString() {
			return "CaseAnswer[" + this.id + ", masked]";
		}

	}

	record CaseSummary(String id, String name, String jurisdiction, PatientStatus status, SevereDisorder disorder,
			Classification latestClassification, Integer latestDangerLevel, LocalDate nextDueDate) {

		/** Spring MVC logs bodies at debug level: identity stays out of them. */
		@Override
		public String toString() {
			return "CaseSummary[" + this.id + ", masked]";
		}

	}

	private final CaseRepository cases;

	private final IdNumberFingerprint fingerprint;

	private final CaseAccess access;

	private final ObjectMapper json;

	private final Clock clock;

	private final AuditTrail audit;

	private final CaseSearch search;

	private final TeamMemberView teamView;

	private final EmergencyAccess emergency;

	private final DuplicateCandidates duplicates;

	private final StoredEventJson storedEvents;

	CaseQueryController(CaseRepository cases, IdNumberFingerprint fingerprint, CaseAccess access, ObjectMapper json,
			Clock clock, AuditTrail audit, CaseSearch search, TeamMemberView teamView, EmergencyAccess emergency,
			DuplicateCandidates duplicates, StoredEventJson storedEvents) {
		this.storedEvents = storedEvents;
		this.duplicates = duplicates;
		this.emergency = emergency;
		this.teamView = teamView;
		this.audit = audit;
		this.search = search;
		this.clock = clock;
		this.cases = cases;
		this.fingerprint = fingerprint;
		this.access = access;
		this.json = json;
	}

	@GetMapping("/api/patients/{id}")
	@Operation(summary = "A case file: registration, status, latest classification and danger, next due date, history",
			description = "Care-team members of the case get the minimal view instead: who, where, how to reach, danger. "
					+ "A case outside your scope opens only under an emergency access (POST …/emergency-access).")
	Object get(@PathVariable String id, Authentication reader, HttpServletRequest request) {
		String patientId = PatientId.of(id).value();
		boolean emergency = this.emergency.isGranted(reader, patientId);
		if (this.access.isCareTeamMember(reader)) {
			return this.teamView.of(patientId, reader, request, emergency);
		}
		if (!emergency) {
			this.access.requireCaseReader(reader);
		}
		CaseView view = this.cases.findById(patientId).orElse(null);
		boolean inScope = view != null && this.access.readsCasesIn(reader, view.jurisdiction);
		if (view == null || !(inScope || emergency)) {
			this.audit.record(reader, AuditTrail.Action.CASE_READ_REFUSED, patientId, request);
			throw new CaseNotFound();
		}
		this.audit.record(reader, inScope ? AuditTrail.Action.CASE_READ : AuditTrail.Action.CASE_READ_EMERGENCY,
				patientId, request);
		List<HistoryItem> history = new java.util.ArrayList<>();
		for (String caseId : withDuplicates(view)) {
			history.addAll(history(caseId));
		}
		// both histories of a merged person, in the order things happened
		history.sort(java.util.Comparator.comparing(HistoryItem::date)
			.thenComparing((item) -> !item.caseId().equals(view.id))
			.thenComparingLong(HistoryItem::sequence));
		List<String> candidates = this.duplicates.of(view).stream().map((c) -> c.view().id).toList();
		CaseFile file = this.cases.fileOf(view.id);
		return new CaseAnswer(view.id, view.jurisdiction, view.status, view.status.chinese(), view.disorder,
				view.registeredOn, view.latestClassification, view.latestDangerLevel, view.lastVisitDate, view.nextDue,
				view.inHospital, view.careTeam, view.transferTo, view.pendingTransferTo, view.mergedInto,
				view.duplicates(), candidates, view.version, tree(file.registrationJson), tree(file.careTeamJson),
				history);
	}

	/**
	 * The case's history: each entry's event from the store, but a registration, which
	 * the history holds with its identity opened (and forgets at an erasure).
	 */
	private List<HistoryItem> history(String caseId) {
		List<CaseHistoryEntry> entries = this.cases.history(caseId);
		Map<Long, String> stored = entries.stream().anyMatch((entry) -> entry.json == null)
				? this.storedEvents.of(caseId) : Map.of();
		return entries.stream()
			.map((entry) -> new HistoryItem(entry.date, entry.type, entry.sequence, caseId,
					tree(entry.json != null ? entry.json : stored.get(entry.sequence))))
			.toList();
	}

	private static List<String> withDuplicates(CaseView view) {
		List<String> ids = new java.util.ArrayList<>(List.of(view.id));
		ids.addAll(view.duplicates());
		return ids;
	}

	@GetMapping("/api/patients/{id}/duplicate-candidates")
	@Operation(
			summary = "Cases that probably record the same person (查重): same ID number, or same name, birth date "
					+ "and guardian's phone",
			description = "Anywhere in the country, since a person who moved may have been registered again; the "
					+ "name is shown only for cases in your scope. Merge with POST /api/patients/{id}/merges.")
	List<Candidate> duplicateCandidates(@PathVariable String id, Authentication reader, HttpServletRequest request) {
		this.access.requireCaseReader(reader);
		String patientId = PatientId.of(id).value();
		CaseView view = this.cases.findById(patientId)
			.filter((found) -> this.access.mayReadCase(reader, found.jurisdiction))
			.orElseThrow(CaseNotFound::new);
		this.audit.record(reader, AuditTrail.Action.CASE_SEARCH, patientId, request);
		return this.duplicates.of(view)
			.stream()
			.map((c) -> new Candidate(c.view().id,
					this.access.readsCasesIn(reader, c.view().jurisdiction) ? c.view().name : null,
					c.view().jurisdiction, c.view().status, c.view().registeredOn, c.view().disorder, c.match()))
			.toList();
	}

	@GetMapping("/api/patients")
	@Operation(summary = "Search cases within your jurisdiction by name, ID number, status, classification, overdue",
			description = "Newest registration first, in pages of `size` (1-500, default 50) from `page` 0; "
					+ "X-Total-Count holds the number of all cases found.")
	ResponseEntity<List<CaseSummary>> search(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) PatientStatus status,
			@RequestParam(required = false) Classification classification,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication reader, HttpServletRequest request) {
		String prefix = this.access.caseScope(reader, jurisdiction == null ? null : JurisdictionCode.of(jurisdiction));
		Paging paging = new Paging(page, size);
		String idFingerprint = idNumber == null ? null : this.fingerprint.of(ChineseIdNumber.of(idNumber));
		this.audit.record(reader, AuditTrail.Action.CASE_SEARCH, null, request);
		PagedQuery.Found<CaseView> found = this.search.find(new CaseSearch.Criteria(prefix, name, idFingerprint, status,
				classification, overdue ? LocalDate.now(this.clock) : null), paging);
		return Paging.answer(found.rows()
			.stream()
			.map((c) -> new CaseSummary(c.id, c.name, c.jurisdiction, c.status, c.disorder, c.latestClassification,
					c.latestDangerLevel, c.nextDue))
			.toList(), found.total());
	}

	private JsonNode tree(String value) {
		try {
			return value == null ? null : this.json.readTree(value);
		}
		catch (JsonProcessingException ex) {
			throw new java.io.UncheckedIOException("stored view JSON is unreadable", ex);
		}
	}

}
