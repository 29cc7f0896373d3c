package care.smd.query.patient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import care.smd.platform.web.Paging;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.kernel.patient.PatientStatus;

/**
 * The cases whose follow-up is due, for the worklists: high-risk first, then the most
 * overdue, then by case id.
 */
@Component
class DueCases {

	/** One due follow-up; daysOverdue is 0 on the due day. */
	record DueCase(String patientId, String name, String jurisdiction, PatientStatus status,
			Classification classification, Integer dangerLevel, boolean highRisk, LocalDate nextDueDate,
			long daysOverdue) {

		/** Spring MVC logs bodies at debug level: identity stays out of them. */
		@Override
		public String toString() {
			return "DueCase[" + this.patientId + ", masked]";
		}

	}

	/** A page of the list and how many cases are due in all. */
	record DuePage(long total, List<DueCase> items) {
	}

	private final CaseRepository cases;

	DueCases(CaseRepository cases) {
		this.cases = cases;
	}

	DuePage dueBy(String prefix, LocalDate date, Paging paging) {
		Page<CaseView> page = due(prefix, date, PageRequest.of(paging.page(), paging.size()));
		return new DuePage(page.getTotalElements(), items(page, date));
	}

	/** The whole list, for a download. */
	List<DueCase> allDueBy(String prefix, LocalDate date) {
		return items(due(prefix, date, Pageable.unpaged()), date);
	}

	private Page<CaseView> due(String prefix, LocalDate date, Pageable pageable) {
		CodeRange communities = CodeRange.communitiesUnder(prefix);
		return this.cases.dueBy(communities.low(), communities.high(), date, pageable);
	}

	private static List<DueCase> items(Page<CaseView> page, LocalDate date) {
		return page.stream()
			.map((c) -> new DueCase(c.id, c.name, c.jurisdiction, c.status, c.latestClassification, c.latestDangerLevel,
					c.isHighRisk(), c.nextDue, ChronoUnit.DAYS.between(c.nextDue, date)))
			.toList();
	}

}
