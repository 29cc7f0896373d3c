package care.smd.query.patient;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientStatus;
import care.smd.platform.audit.AuditTrail;
import care.smd.platform.security.JurisdictionScope;

/**
 * What a care-team member (police officer, cadre, grid worker, volunteer) sees of a case
 * of their own team: who, where, how to reach the patient and guardian, the danger level
 * and whether the case is high-risk. Never the diagnosis, medication, visits or history
 * (domain.md §7).
 */
@Component
class TeamMemberView {

	/** The minimal view; it has no field for anything clinical. */
	record MinimalCase(String id, String name, String address, String phone, Guardian guardian, PatientStatus status,
			Integer dangerLevel, boolean highRisk, List<String> teamRoles) {

		@Override
		public String toString() {
			return "MinimalCase[" + this.id + ", masked]";
		}

	}

	/** The guardian's name, relation and phone. */
	record Guardian(String name, String relation, String phone) {

		@Override
		public String toString() {
			return "Guardian[masked]";
		}

	}

	private final CaseRepository cases;

	private final AuditTrail audit;

	private final ObjectMapper json;

	TeamMemberView(CaseRepository cases, AuditTrail audit, ObjectMapper json) {
		this.cases = cases;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * The minimal view, for a member of the case's team or (emergency) a care-team member
	 * who broke the glass.
	 */
	MinimalCase of(String patientId, Authentication reader, HttpServletRequest request, boolean emergency) {
		CaseView view = this.cases.findById(patientId).orElse(null);
		CaseFile file = view == null ? null : this.cases.fileOf(patientId);
		boolean member = view != null && JurisdictionScope.covers(reader, view.jurisdiction)
				&& !memberRoles(file, reader.getName()).isEmpty();
		if (view == null || !(member || emergency)) {
			this.audit.record(reader, AuditTrail.Action.CASE_READ_REFUSED, patientId, request);
			throw new CaseNotFound();
		}
		this.audit.record(reader, member ? AuditTrail.Action.CASE_READ : AuditTrail.Action.CASE_READ_EMERGENCY,
				patientId, request);
		JsonNode registration = tree(file.registrationJson);
		JsonNode person = registration.path("person");
		JsonNode guardian = registration.path("guardian");
		return new MinimalCase(view.id, view.name, text(person, "address"), text(person, "phone"), guardian.isObject()
				? new Guardian(text(guardian, "name"), text(guardian, "relation"), text(guardian, "phone")) : null,
				view.status, view.latestDangerLevel, view.isHighRisk(), allRoles(file));
	}

	private List<String> memberRoles(CaseFile file, String user) {
		List<String> roles = new ArrayList<>();
		for (JsonNode member : tree(file.careTeamJson)) {
			if (user.equals(member.path("userId").asText(null))) {
				roles.add(member.path("role").asText());
			}
		}
		return roles;
	}

	private List<String> allRoles(CaseFile file) {
		List<String> roles = new ArrayList<>();
		tree(file.careTeamJson).forEach((member) -> roles.add(member.path("role").asText()));
		return roles;
	}

	private JsonNode tree(String value) {
		try {
			return value == null ? this.json.createObjectNode() : this.json.readTree(value);
		}
		catch (JsonProcessingException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).isTextual() ? node.path(field).asText() : null;
	}

}
