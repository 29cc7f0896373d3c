package care.smd.platform.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's choice: these alert kinds, through this channel, to this address. */
@Entity
@Table(name = "notification_subscription",
		indexes = { @jakarta.persistence.Index(name = "ix_subscription_user", columnList = "username"),
				@jakarta.persistence.Index(name = "ix_subscription_scope", columnList = "scope") })
class Subscription {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 100, nullable = false)
	String username;

	@Column(length = 100)
	String roles;

	/** the jurisdiction prefix the user works in when they subscribed */
	@Column(length = 12, nullable = false)
	String scope;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	Channel channel;

	@Column(length = 500, nullable = false)
	String address;

	/** the webhook's HMAC key; never shown again after it is set */
	@Column(length = 200)
	String secret;

	/** comma-separated alert kinds; empty for every kind */
	@Column(length = 500, nullable = false)
	String kinds;

	@Column(nullable = false)
	Instant createdAt;

	protected Subscription() {
	}

	Subscription(String id, String username, String roles, String scope, Channel channel, String address, String secret,
			String kinds, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.roles = roles;
		this.scope = scope;
		this.channel = channel;
		this.address = address;
		this.secret = secret;
		this.kinds = kinds;
		this.createdAt = createdAt;
	}

	boolean wants(String kind) {
		return this.kinds.isEmpty() || (',' + this.kinds + ',').contains(',' + kind + ',');
	}

}
