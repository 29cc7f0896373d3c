package care.smd.platform.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.platform.notification.Delivery.Status;

/**
 * Sends the pending deliveries, on every node: a node claims a delivery by moving its
 * next attempt forward in one conditional update, so two nodes never send the same try. A
 * failed try is tried again after a backoff that doubles each time
 * ({@code smd.notifications.retry-base}, 30 s, up to {@code max-attempts}, 8); every try
 * goes to the delivery log. Retry times follow the real clock, not the business "today".
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	private final ObjectProvider<MessageGateway> gateway;

	private final Duration retryBase;

	private final int maxAttempts;

	Dispatcher(JdbcTemplate jdbc, EntityManager entities, PlatformTransactionManager transactions,
			ObjectProvider<MessageGateway> gateway, @Value("${smd.notifications.retry-base:PT30S}") Duration retryBase,
			@Value("${smd.notifications.max-attempts:8}") int maxAttempts) {
		this.jdbc = jdbc;
		this.entities = entities;
		this.transactions = new TransactionTemplate(transactions);
		this.gateway = gateway;
		this.retryBase = retryBase;
		this.maxAttempts = maxAttempts;
	}

	record Due(String id, Timestamp nextAttemptAt) {
	}

	@Scheduled(fixedDelayString = "${smd.notifications.dispatch-interval:PT5S}",
			initialDelayString = "${smd.notifications.dispatch-interval:PT5S}")
	void dispatch() {
		Instant now = Instant.now();
		List<Due> due = this.jdbc.query(
				"select id, next_attempt_at from notification_delivery where status = 'PENDING' "
						+ "and next_attempt_at <= ? order by next_attempt_at fetch first 50 rows only",
				(rs, n) -> new Due(rs.getString(1), rs.getTimestamp(2)), Timestamp.from(now));
		for (Due delivery : due) {
			int claimed = this.jdbc.update(
					"update notification_delivery set next_attempt_at = ? where id = ? and status = 'PENDING' "
							+ "and next_attempt_at = ?",
					Timestamp.from(now.plus(LEASE)), delivery.id(), delivery.nextAttemptAt());
			if (claimed == 1) {
				attempt(delivery.id());
			}
		}
	}

	private void attempt(String deliveryId) {
		Delivery delivery = this.entities.find(Delivery.class, deliveryId);
		Subscription subscription = this.entities.find(Subscription.class, delivery.subscriptionId);
		String failure;
		try {
			failure = subscription == null ? "the subscription was removed" : send(delivery, subscription);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failure = "interrupted";
		}
		catch (Exception ex) {
			failure = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
		}
		record(deliveryId, failure, subscription == null);
	}

	/** Null when delivered, else what went wrong. */
	private String send(Delivery delivery, Subscription subscription) throws Exception {
		if (subscription.channel == Channel.WEBHOOK) {
			int status = Webhook.post(subscription.address, subscription.secret, delivery.id, delivery.message,
					Instant.now().getEpochSecond());
			return status >= 200 && status < 300 ? null : "HTTP " + status;
		}
		MessageGateway messages = this.gateway.getIfAvailable();
		if (messages == null) {
			return "no SMS or e-mail gateway is configured";
		}
		messages.send(subscription.channel, subscription.address, delivery.message);
		return null;
	}

	private void record(String deliveryId, String failure, boolean hopeless) {
		this.transactions.executeWithoutResult((tx) -> {
			Delivery delivery = this.entities.find(Delivery.class, deliveryId);
			Instant now = Instant.now();
			delivery.attempts++;
			this.entities.persist(new DeliveryAttempt(UUID.randomUUID().toString(), deliveryId, delivery.attempts, now,
					failure == null, failure == null ? "delivered" : truncate(failure)));
			if (failure == null) {
				delivery.status = Status.DELIVERED;
				delivery.deliveredAt = now;
				return;
			}
			delivery.lastError = truncate(failure);
			if (hopeless || delivery.attempts >= this.maxAttempts) {
				delivery.status = Status.FAILED;
				log.warn("Notification {} failed for good after {} attempts: {}", deliveryId, delivery.attempts,
						delivery.lastError);
			}
			else {
				delivery.nextAttemptAt = now.plus(this.retryBase.multipliedBy(1L << (delivery.attempts - 1)));
			}
		});
	}

	private static String truncate(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

}
