package care.smd.platform.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The first answer to a POST that carried an Idempotency-Key, kept so a retry gets it
 * again.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

	@Id
	@Column(length = 400)
	private String id;

	@Column(length = 64, nullable = false)
	private String requestHash;

	private int status;

	@Column(length = 1_000_000)
	private String body;

	@Column(length = 500)
	private String location;

	@Column(length = 100)
	private String contentType;

	private Instant createdAt;

	protected IdempotencyRecord() {
	}

	IdempotencyRecord(String id, String requestHash, int status, String body, String location, String contentType,
			Instant createdAt) {
		this.id = id;
		this.requestHash = requestHash;
		this.status = status;
		this.body = body;
		this.location = location;
		this.contentType = contentType;
		this.createdAt = createdAt;
	}

	String requestHash() {
		return this.requestHash;
	}

	int status() {
		return this.status;
	}

	String body() {
		return this.body;
	}

	String location() {
		return this.location;
	}

	String contentType() {
		return this.contentType;
	}

}
