package care.smd.query.careteam;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamChanged;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.careteam.CareTeamMember;
import care.smd.kernel.careteam.CaseNoteAdded;
import care.smd.kernel.careteam.CaseTaskAssigned;
import care.smd.kernel.careteam.CaseTaskCompleted;

/**
 * The team's shared case: who is on it since when (and until when), its notes and its
 * tasks.
 */
@Component
@ProcessingGroup("case-views")
class TeamWorkProjection {

	private final EntityManager entities;

	TeamWorkProjection(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(CareTeamAssigned event) {
		join(event.patientId().value(), event.members(), event.date());
	}

	@EventHandler
	void on(CareTeamChanged event) {
		String patient = event.patientId().value();
		List<TeamMembership> current = active(patient);
		for (TeamMembership member : current) {
			if (event.members().stream().noneMatch((m) -> member.same(m.role(), m.name()))) {
				member.leftOn = event.date();
			}
		}
		join(patient,
				event.members()
					.stream()
					.filter((m) -> current.stream().noneMatch((c) -> c.same(m.role(), m.name())))
					.toList(),
				event.date());
		for (TeamMembership member : active(patient)) {
			event.members()
				.stream()
				.filter((m) -> member.same(m.role(), m.name()))
				.findFirst()
				.ifPresent((m) -> member.lead = m.lead());
		}
	}

	@EventHandler
	void on(CareTeamDissolved event) {
		active(event.patientId().value()).forEach((member) -> member.leftOn = event.date());
	}

	@EventHandler
	void on(CaseNoteAdded event) {
		if (this.entities.find(CaseNote.class, event.noteId()) == null) {
			this.entities.persist(new CaseNote(event.noteId(), event.patientId().value(), event.date(), event.author(),
					event.text()));
		}
	}

	@EventHandler
	void on(CaseTaskAssigned event) {
		if (this.entities.find(CaseTask.class, event.taskId()) != null) {
			// handed over again: the task may be done by now, and stays as it is
			return;
		}
		CaseTask task = new CaseTask();
		task.id = event.taskId();
		task.patientId = event.patientId().value();
		task.assignedOn = event.date();
		task.title = event.title();
		task.assignee = event.assignee();
		task.dueDate = event.dueDate();
		this.entities.persist(task);
	}

	@EventHandler
	void on(CaseTaskCompleted event) {
		CaseTask task = this.entities.find(CaseTask.class, event.taskId());
		task.completedOn = event.date();
		task.result = event.result();
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from TeamMembership").executeUpdate();
		this.entities.createQuery("delete from CaseNote").executeUpdate();
		this.entities.createQuery("delete from CaseTask").executeUpdate();
	}

	private void join(String patient, List<CareTeamMember> members, LocalDate day) {
		for (CareTeamMember member : members) {
			TeamMembership row = new TeamMembership(patient, member.role(), member.name(), member.userId(),
					member.lead(), day);
			if (this.entities.find(TeamMembership.class, row.id) == null) {
				this.entities.persist(row);
			}
		}
	}

	private List<TeamMembership> active(String patient) {
		return this.entities
			.createQuery("select m from TeamMembership m where m.patientId = :patient and m.leftOn is null",
					TeamMembership.class)
			.setParameter("patient", patient)
			.getResultList();
	}

}
