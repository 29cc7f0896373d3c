package care.smd.platform.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The delivery log: every try, with what the other side answered. */
@Entity
@Table(name = "notification_attempt", indexes = @Index(name = "ix_attempt_delivery", columnList = "deliveryId"))
class DeliveryAttempt {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 200, nullable = false)
	String deliveryId;

	int attempt;

	@Column(nullable = false)
	Instant at;

	boolean success;

	@Column(length = 500)
	String outcome;

	protected DeliveryAttempt() {
	}

	DeliveryAttempt(String id, String deliveryId, int attempt, Instant at, boolean success, String outcome) {
		this.id = id;
		this.deliveryId = deliveryId;
		this.attempt = attempt;
		this.at = at;
		this.success = success;
		this.outcome = outcome;
	}

}
