package care.smd.platform.emergency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One user's time-limited access to one case outside their scope, and why. */
@Entity
@Table(name = "emergency_access",
		indexes = { @Index(name = "ix_emergency_user_patient", columnList = "username, patientId"),
				@Index(name = "ix_emergency_granted", columnList = "grantedAt") })
class EmergencyAccessGrant {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 100, nullable = false)
	String username;

	@Column(length = 100)
	String roles;

	@Column(length = 36, nullable = false)
	String patientId;

	@Column(length = 500, nullable = false)
	String reason;

	@Column(nullable = false)
	Instant grantedAt;

	@Column(nullable = false)
	Instant expiresAt;

	protected EmergencyAccessGrant() {
	}

	EmergencyAccessGrant(String id, String username, String roles, String patientId, String reason, Instant grantedAt,
			Instant expiresAt) {
		this.id = id;
		this.username = username;
		this.roles = roles;
		this.patientId = patientId;
		this.reason = reason;
		this.grantedAt = grantedAt;
		this.expiresAt = expiresAt;
	}

}
