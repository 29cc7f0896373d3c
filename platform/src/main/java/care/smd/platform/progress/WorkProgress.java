package care.smd.platform.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far a long piece of work has come, readable from any node. */
@Entity
@Table(name = "work_progress")
class WorkProgress {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 40, nullable = false)
	String kind;

	@Column(length = 100, nullable = false)
	String owner;

	long total;

	long done;

	/** RUNNING, DONE or FAILED */
	@Column(length = 10, nullable = false)
	String status;

	@Column(nullable = false)
	Instant startedAt;

	Instant finishedAt;

	@Column(length = 1_000_000)
	String resultJson;

	protected WorkProgress() {
	}

	WorkProgress(String id, String kind, String owner, long total, Instant startedAt) {
		this.id = id;
		this.kind = kind;
		this.owner = owner;
		this.total = total;
		this.status = "RUNNING";
		this.startedAt = startedAt;
	}

}
