package care.smd.platform.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import care.smd.platform.axon.EventJson;

/**
 * Turns a newly raised alert into one delivery per subscription that wants it and may see
 * it, in the transaction that raised the alert. A delivery's id is the alert and the
 * subscription, so a replay of the events raises nothing twice; and subscriptions made
 * after the alert's cause was recorded are not sent old news when the read models are
 * rebuilt.
 */
@Component
public class Notifications {

	private static final String READ_IN_TRANSACTION = Notifications.class.getName() + ".subscriptions";

	private final EntityManager entities;

	private final ObjectMapper json = EventJson.mapper();

	Notifications(EntityManager entities) {
		this.entities = entities;
	}

	public void enqueue(AlertNotice notice) {
		subscriptionsCovering(notice.jurisdiction()).stream()
			.filter((subscription) -> !subscription.createdAt.isAfter(notice.causedAt())
					&& subscription.wants(notice.kind()) && AlertsReachOnlyTheirReaders.allow(subscription, notice))
			.forEach((subscription) -> deliver(subscription, notice));
	}

	/**
	 * The subscriptions whose scope covers the jurisdiction, read once per transaction
	 * and jurisdiction: a replay raises a batch's alerts in one transaction, mostly in
	 * the same community, and a query per alert was 5% of the case views' thread
	 * (docs/benchmarks.md, session 27). Subscriptions are made in transactions of their
	 * own, so none appears within one that raises alerts.
	 */
	private List<Subscription> subscriptionsCovering(String jurisdiction) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return readCovering(jurisdiction);
		}
		@SuppressWarnings("unchecked")
		Map<String, List<Subscription>> read = (Map<String, List<Subscription>>) TransactionSynchronizationManager
			.getResource(READ_IN_TRANSACTION);
		if (read == null) {
			Map<String, List<Subscription>> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(READ_IN_TRANSACTION, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(READ_IN_TRANSACTION);
				}
			});
			read = fresh;
		}
		return read.computeIfAbsent(jurisdiction, this::readCovering);
	}

	private List<Subscription> readCovering(String jurisdiction) {
		return this.entities.createQuery("select s from Subscription s where s.scope in :scopes", Subscription.class)
			.setParameter("scopes", scopesCovering(jurisdiction))
			.setFlushMode(FlushModeType.COMMIT)
			.getResultList();
	}

	/**
	 * Every prefix of the jurisdiction, the country's empty one included: the scopes
	 * whose subscribers may hear of it, looked up on the scope's index (a {@code like}
	 * against each stored scope read every subscription of the country per alert).
	 */
	static List<String> scopesCovering(String jurisdiction) {
		return IntStream.rangeClosed(0, jurisdiction.length()).mapToObj((n) -> jurisdiction.substring(0, n)).toList();
	}

	private void deliver(Subscription subscription, AlertNotice notice) {
		String id = notice.alertId() + "|" + subscription.id;
		if (this.entities.find(Delivery.class, id) == null) {
			this.entities.persist(new Delivery(id, subscription.id, notice.alertId(),
					message(id, subscription.channel, notice), Instant.now()));
		}
	}

	private String message(String deliveryId, Channel channel, AlertNotice notice) {
		if (channel != Channel.WEBHOOK) {
			return "【精防预警】" + notice.kindLabel() + "：辖区 " + notice.jurisdiction() + "，" + notice.raisedAt()
					+ "。请登录系统查看处理。";
		}
		return this.json.createObjectNode()
			.put("deliveryId", deliveryId)
			.put("alertId", notice.alertId())
			.put("kind", notice.kind())
			.put("kindLabel", notice.kindLabel())
			.put("patientId", notice.patientId())
			.put("jurisdiction", notice.jurisdiction())
			.put("raisedAt", notice.raisedAt().toString())
			.toString();
	}

}
