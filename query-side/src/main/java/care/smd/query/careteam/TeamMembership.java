package care.smd.query.careteam;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import care.smd.kernel.careteam.CareTeamRole;

/**
 * One person's time on one patient's care team: when they joined, when (if) they left.
 */
@Entity
@Table(name = "q_team_membership", indexes = { @Index(name = "ix_membership_patient", columnList = "patientId"),
		@Index(name = "ix_membership_user", columnList = "userId") })
class TeamMembership {

	@Id
	@Column(length = 200)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	CareTeamRole role;

	@Column(length = 50, nullable = false)
	String name;

	@Column(length = 100)
	String userId;

	boolean lead;

	LocalDate joinedOn;

	LocalDate leftOn;

	protected TeamMembership() {
	}

	TeamMembership(String patientId, CareTeamRole role, String name, String userId, boolean lead, LocalDate joinedOn) {
		this.id = patientId + ":" + role + ":" + name + ":" + joinedOn;
		this.patientId = patientId;
		this.role = role;
		this.name = name;
		this.userId = userId;
		this.lead = lead;
		this.joinedOn = joinedOn;
	}

	boolean same(CareTeamRole otherRole, String otherName) {
		return this.role == otherRole && this.name.equals(otherName);
	}

}
