package care.smd.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One attributable read or export. Entries are chained: each hash covers the entry and
 * the one before.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	long sequence;

	@Column(nullable = false)
	Instant at;

	@Column(length = 100, nullable = false)
	String username;

	@Column(length = 100)
	String roles;

	@Column(length = 40, nullable = false)
	String action;

	@Column(length = 36)
	String patientId;

	@Column(length = 500, nullable = false)
	String endpoint;

	/** why, where the action needs one (a break-the-glass access) */
	@Column(length = 500)
	String reason;

	@Column(length = 64, nullable = false)
	String previousHash;

	@Column(length = 64, nullable = false)
	String hash;

	protected AuditEntry() {
	}

	AuditEntry(long sequence, Instant at, String username, String roles, String action, String patientId,
			String endpoint) {
		this.sequence = sequence;
		this.at = at;
		this.username = username;
		this.roles = roles;
		this.action = action;
		this.patientId = patientId;
		this.endpoint = endpoint;
	}

	/**
	 * Everything the hash covers, in a fixed order. The reason joins only when there is
	 * one, so that entries written before it existed keep their hashes.
	 */
	String canonical() {
		String canonical = String.join("|", Long.toString(this.sequence), this.at.toString(), this.username,
				String.valueOf(this.roles), this.action, String.valueOf(this.patientId), this.endpoint,
				this.previousHash);
		return this.reason == null ? canonical : canonical + "|" + this.reason;
	}

}
