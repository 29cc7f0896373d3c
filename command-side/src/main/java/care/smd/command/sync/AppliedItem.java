package care.smd.command.sync;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A queued write that was applied, stored in the same transaction as its events: a replay
 * finds it and answers the first result instead of writing again.
 */
@Entity
@Table(name = "sync_item")
class AppliedItem {

	/** user and item id: item ids are the client's, so they are kept apart per user */
	@Id
	@Column(length = 250)
	String id;

	@Column(length = 64, nullable = false)
	String requestHash;

	@Column(length = 4000)
	String result;

	@Column(nullable = false)
	Instant appliedAt;

	protected AppliedItem() {
	}

	AppliedItem(String id, String requestHash, String result, Instant appliedAt) {
		this.id = id;
		this.requestHash = requestHash;
		this.result = result;
		this.appliedAt = appliedAt;
	}

}
