package care.smd.platform.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One alert to one subscription: written once (its id is the pair), then tried until it
 * is delivered or the attempts run out.
 */
@Entity
@Table(name = "notification_delivery",
		indexes = { @Index(name = "ix_delivery_due", columnList = "status, nextAttemptAt"),
				@Index(name = "ix_delivery_subscription", columnList = "subscriptionId") })
class Delivery {

	/** What became of it. */
	enum Status {

		PENDING, DELIVERED, FAILED

	}

	@Id
	@Column(length = 200)
	String id;

	@Column(length = 36, nullable = false)
	String subscriptionId;

	@Column(length = 120, nullable = false)
	String alertId;

	/** the message as sent: JSON for a webhook, text for SMS and e-mail */
	@Column(length = 2000, nullable = false)
	String message;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	Status status;

	int attempts;

	@Column(nullable = false)
	Instant nextAttemptAt;

	@Column(nullable = false)
	Instant createdAt;

	Instant deliveredAt;

	@Column(length = 500)
	String lastError;

	protected Delivery() {
	}

	Delivery(String id, String subscriptionId, String alertId, String message, Instant now) {
		this.id = id;
		this.subscriptionId = subscriptionId;
		this.alertId = alertId;
		this.message = message;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

}
