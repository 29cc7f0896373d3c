package care.smd.platform.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A patient's data key, wrapped (encrypted) with the master key. Deleting the row shreds
 * the identity.
 */
@Entity
@Table(name = "identity_key")
class IdentityKeyRow {

	@Id
	@Column(length = 36)
	String patientId;

	@Column(length = 200, nullable = false)
	String wrappedKey;

	Instant createdAt;

	protected IdentityKeyRow() {
	}

	IdentityKeyRow(String patientId, String wrappedKey, Instant createdAt) {
		this.patientId = patientId;
		this.wrappedKey = wrappedKey;
		this.createdAt = createdAt;
	}

}
