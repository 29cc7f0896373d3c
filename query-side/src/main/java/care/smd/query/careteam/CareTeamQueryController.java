package care.smd.query.careteam;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.careteam.CareTeamRole;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.security.JurisdictionScope;
import care.smd.platform.security.Role;

@RestController
@Tag(name = "Care teams 关爱帮扶小组")
class CareTeamQueryController {

	record Member(CareTeamRole role, String roleLabel, String name, String userId, boolean lead, LocalDate joinedOn,
			LocalDate leftOn) {

		@Override
		public String toString() {
			return "Member[" + this.role + ", masked]";
		}

	}

	record Note(LocalDate date, String author, String text) {
	}

	record Task(String id, String patientId, String title, String assignee, LocalDate assignedOn, LocalDate dueDate,
			LocalDate completedOn, String result) {
	}

	record TeamCase(List<Member> members, List<Note> notes, List<Task> tasks) {
	}

	record MyAlert(String id, String patientId, String kind, LocalDate raisedAt, String status) {
	}

	record Worklist(String user, List<String> cases, List<Task> openTasks, List<MyAlert> openAlerts) {
	}

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	CareTeamQueryController(EntityManager entities, JdbcTemplate jdbc) {
		this.entities = entities;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/patients/{id}/care-team")
	@Operation(summary = "The case's team (with join and leave dates), its notes and tasks")
	TeamCase team(@PathVariable String id, Authentication reader) {
		String patient = PatientId.of(id).value();
		requireAccess(patient, reader);
		List<Member> members = this.entities
			.createQuery("select m from TeamMembership m where m.patientId = :p order by m.joinedOn, m.role",
					TeamMembership.class)
			.setParameter("p", patient)
			.getResultList()
			.stream()
			.map((m) -> new Member(m.role, m.role.chinese(), m.name, m.userId, m.lead, m.joinedOn, m.leftOn))
			.toList();
		List<Note> notes = this.entities
			.createQuery("select n from CaseNote n where n.patientId = :p order by n.date, n.id", CaseNote.class)
			.setParameter("p", patient)
			.getResultList()
			.stream()
			.map((n) -> new Note(n.date, n.author, n.text))
			.toList();
		return new TeamCase(members, notes, tasks("t.patientId = :p", patient));
	}

	@GetMapping("/api/care-teams/me")
	@Operation(summary = "My worklist as a team member: my cases, my open tasks, the open alerts of my cases")
	Worklist mine(Authentication reader) {
		if (!Role.anyHeldBy(reader, Role.DOCTOR, Role.CARE_TEAM, Role.ADMIN)) {
			throw new AccessDeniedException("team worklists are for doctors and team members");
		}
		String me = reader.getName();
		List<String> cases = this.entities
			.createQuery("select distinct m.patientId from TeamMembership m where m.userId = :me and m.leftOn is null",
					String.class)
			.setParameter("me", me)
			.getResultList();
		List<MyAlert> alerts = cases.isEmpty() ? List.of()
				: this.jdbc.query(
						"select id, patient_id, kind, raised_at, status from q_alert where status <> 'RESOLVED' "
								+ "and patient_id in (" + String.join(",", cases.stream().map((c) -> "?").toList())
								+ ") order by raised_at, id",
						(rs, n) -> new MyAlert(rs.getString(1), rs.getString(2), rs.getString(3),
								rs.getObject(4, LocalDate.class), rs.getString(5)),
						cases.toArray());
		return new Worklist(me, cases, tasks("t.assignee = :p and t.completedOn is null", me), alerts);
	}

	private List<Task> tasks(String where, String value) {
		return this.entities
			.createQuery("select t from CaseTask t where " + where + " order by t.dueDate, t.id", CaseTask.class)
			.setParameter("p", value)
			.getResultList()
			.stream()
			.map((t) -> new Task(t.id, t.patientId, t.title, t.assignee, t.assignedOn, t.dueDate, t.completedOn,
					t.result))
			.toList();
	}

	/**
	 * The case's doctor or a member of its team, and in either case within their
	 * jurisdiction.
	 */
	private void requireAccess(String patient, Authentication reader) {
		boolean member = this.entities
			.createQuery("select count(m) from TeamMembership m where m.patientId = :p and m.userId = :me "
					+ "and m.leftOn is null", Long.class)
			.setParameter("p", patient)
			.setParameter("me", reader.getName())
			.getSingleResult() > 0;
		List<String> jurisdiction = this.jdbc.queryForList("select jurisdiction from q_case_view where id = ?",
				String.class, patient);
		boolean inScope = !jurisdiction.isEmpty() && JurisdictionScope.covers(reader, jurisdiction.get(0));
		member = member && inScope;
		boolean doctor = Role.anyHeldBy(reader, Role.DOCTOR, Role.ADMIN) && inScope;
		if (!member && !doctor) {
			if (!Role.anyHeldBy(reader, Role.DOCTOR, Role.ADMIN, Role.CARE_TEAM)) {
				throw new AccessDeniedException("care teams are for doctors and team members");
			}
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND, "There is no such case in your scope.");
		}
	}

}
