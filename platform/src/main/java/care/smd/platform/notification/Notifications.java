package care.smd.platform.notification;

import java.time.Instant;
import java.util.ArrayList;
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

	private static final String PENDING = Notifications.class.getName() + ".pending";

	/**
	 * Scopes per query: a batch's alerts in a few hundred communities need one or two.
	 */
	private static final int SCOPES_PER_QUERY = 1_000;

	private final EntityManager entities;

	private final ObjectMapper json = EventJson.mapper();

	Notifications(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * Delivers the notice to the subscriptions that want it when the transaction that
	 * raised the alert commits, together with the transaction's other notices (at once
	 * outside a transaction). A replay's batch raises alerts in tens of communities, and
	 * a query of the subscriptions for each community was a fifth of the case views'
	 * waiting on the server in a rebuild (docs/benchmarks.md, session 36); one query now
	 * reads those of every notice. Subscriptions are made in transactions of their own,
	 * so none appears meanwhile.
	 */
	public void enqueue(AlertNotice notice) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deliverAll(List.of(notice));
			return;
		}
		pendingInTransaction().add(notice);
	}

	private List<AlertNotice> pendingInTransaction() {
		@SuppressWarnings("unchecked")
		List<AlertNotice> pending = (List<AlertNotice>) TransactionSynchronizationManager.getResource(PENDING);
		if (pending == null) {
			List<AlertNotice> fresh = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(PENDING, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					deliverAll(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(PENDING);
				}
			});
			pending = fresh;
		}
		return pending;
	}

	private void deliverAll(List<AlertNotice> notices) {
		Map<String, List<Subscription>> byScope = subscriptionsCovering(notices);
		for (AlertNotice notice : notices) {
			for (String scope : scopesCovering(notice.jurisdiction())) {
				byScope.getOrDefault(scope, List.of())
					.stream()
					.filter((subscription) -> !subscription.createdAt.isAfter(notice.causedAt())
							&& subscription.wants(notice.kind())
							&& AlertsReachOnlyTheirReaders.allow(subscription, notice))
					.forEach((subscription) -> deliver(subscription, notice));
			}
		}
	}

	/**
	 * The subscriptions whose scope covers any of the notices' jurisdictions, by scope.
	 */
	private Map<String, List<Subscription>> subscriptionsCovering(List<AlertNotice> notices) {
		List<String> scopes = notices.stream()
			.flatMap((notice) -> scopesCovering(notice.jurisdiction()).stream())
			.distinct()
			.toList();
		Map<String, List<Subscription>> byScope = new HashMap<>();
		for (int from = 0; from < scopes.size(); from += SCOPES_PER_QUERY) {
			this.entities.createQuery("select s from Subscription s where s.scope in :scopes", Subscription.class)
				.setParameter("scopes", scopes.subList(from, Math.min(scopes.size(), from + SCOPES_PER_QUERY)))
				.setFlushMode(FlushModeType.COMMIT)
				.getResultList()
				.forEach((subscription) -> byScope.computeIfAbsent(subscription.scope, (scope) -> new ArrayList<>())
					.add(subscription));
		}
		return byScope;
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
