package care.smd.query.referral;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.platform.persistence.PagedQuery;
import care.smd.platform.web.Paging;
import care.smd.kernel.referral.ReferralOutcome;
import care.smd.kernel.referral.Urgency;
import care.smd.platform.security.JurisdictionScope;
import care.smd.platform.security.Organization;
import care.smd.platform.security.Role;

@RestController
@Tag(name = "Referrals 双向转诊")
class ReferralQueryController {

	record Referral(String referralId, String patientId, String patientName, String jurisdiction, LocalDate date,
			Urgency urgency, String reason, String hospital, String department, ReferralOutcome outcome,
			LocalDate outcomeDate) {

		@Override
		public String toString() {
			return "Referral[" + this.referralId + ", masked]";
		}

	}

	private final EntityManager entities;

	ReferralQueryController(EntityManager entities) {
		this.entities = entities;
	}

	@GetMapping("/api/referrals")
	@Operation(summary = "Referrals: a hospital sees those addressed to it, a doctor those of their jurisdiction",
			description = "open=true (default) lists referrals still waiting for an outcome; emergencies first. "
					+ "Pages of `size` (1-500, default 100) from `page` 0; X-Total-Count holds the number of all.")
	ResponseEntity<List<Referral>> referrals(@RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
			Authentication reader) {
		String scope = JurisdictionScope.of(reader).orElseThrow(() -> new AccessDeniedException("no scope"));
		boolean hospital = Role.anyHeldBy(reader, Role.HOSPITAL);
		if (!Role.anyHeldBy(reader, Role.HOSPITAL, Role.DOCTOR, Role.ADMIN)) {
			throw new AccessDeniedException("referrals are for hospitals, doctors and admins");
		}
		Paging paging = new Paging(page, size);
		String where = " from ReferralView r where r.jurisdiction between :low and :high"
				+ (hospital ? " and r.hospital = :hospital" : "") + (open ? " and r.outcome is null" : "");
		CodeRange communities = CodeRange.communitiesUnder(scope);
		Map<String, Object> parameters = new HashMap<>(Map.of("low", communities.low(), "high", communities.high()));
		if (hospital) {
			parameters.put("hospital",
					Organization.of(reader).orElseThrow(() -> new AccessDeniedException("no hospital")));
		}
		PagedQuery.Found<ReferralView> found = PagedQuery.find(this.entities, ReferralView.class, "r", where,
				"r.urgency, r.date, r.id", parameters, paging);
		return Paging.answer(found.rows()
			.stream()
			.map((r) -> new Referral(r.id.substring(r.id.indexOf(':') + 1), r.patientId, r.patientName, r.jurisdiction,
					r.date, r.urgency, r.reason, r.hospital, r.department, r.outcome, r.outcomeDate))
			.toList(), found.total());
	}

}
