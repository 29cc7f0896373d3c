package care.smd.query.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import care.smd.platform.persistence.PagedQuery;
import care.smd.platform.web.Paging;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.kernel.patient.PatientStatus;

/**
 * Case search with only the criteria given. Built per request rather than with "(:p is
 * null or ...)", which PostgreSQL cannot type when the parameter is null.
 */
@Component
class CaseSearch {

	/** What to look for; null fields are not criteria. */
	record Criteria(String prefix, String name, String idFingerprint, PatientStatus status,
			Classification classification, LocalDate overdueOn) {
	}

	private final EntityManager entities;

	CaseSearch(EntityManager entities) {
		this.entities = entities;
	}

	/** A page of the cases found, newest registration first, and how many were found. */
	PagedQuery.Found<CaseView> find(Criteria criteria, Paging paging) {
		List<String> where = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		CodeRange communities = CodeRange.communitiesUnder(criteria.prefix());
		where.add("c.jurisdiction between :low and :high");
		parameters.put("low", communities.low());
		parameters.put("high", communities.high());
		if (criteria.name() != null) {
			where.add("c.name like :name");
			parameters.put("name", "%" + criteria.name() + "%");
		}
		if (criteria.idFingerprint() != null) {
			where.add("c.idFingerprint = :fingerprint");
			parameters.put("fingerprint", criteria.idFingerprint());
		}
		if (criteria.status() != null) {
			where.add("c.status = :status");
			parameters.put("status", criteria.status());
		}
		if (criteria.classification() != null) {
			where.add("c.latestClassification = :classification");
			parameters.put("classification", criteria.classification());
		}
		if (criteria.overdueOn() != null) {
			where.add("c.nextDue < :overdueOn");
			parameters.put("overdueOn", criteria.overdueOn());
		}
		return PagedQuery.find(this.entities, CaseView.class, "c",
				" from CaseView c where " + String.join(" and ", where), "c.registeredOn desc, c.id", parameters,
				paging);
	}

}
