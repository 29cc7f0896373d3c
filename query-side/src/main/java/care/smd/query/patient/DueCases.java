package care.smd.query.patient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import care.smd.kernel.followup.Classification;
import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.kernel.patient.PatientStatus;

/** The cases whose follow-up is due, for the worklists. */
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

	private final CaseRepository cases;

	DueCases(CaseRepository cases) {
		this.cases = cases;
	}

	List<DueCase> dueBy(String prefix, LocalDate date) {
		CodeRange communities = CodeRange.communitiesUnder(prefix);
		return this.cases.dueBy(communities.low(), communities.high(), date)
			.stream()
			.map((c) -> new DueCase(c.id, c.name, c.jurisdiction, c.status, c.latestClassification, c.latestDangerLevel,
					c.isHighRisk(), c.nextDue, ChronoUnit.DAYS.between(c.nextDue, date)))
			.toList();
	}

}
