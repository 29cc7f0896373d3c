package care.smd.platform.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import care.smd.kernel.alert.AlertKind;
import care.smd.kernel.common.InvalidValue;
import care.smd.platform.security.JurisdictionScope;
import care.smd.platform.security.Role;

@RestController
@Tag(name = "Notifications 预警通知", description = "Which alerts reach me, and how: webhook, SMS, e-mail")
class SubscriptionController {

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	record SubscriptionRequest(Channel channel, String address, String secret, List<AlertKind> kinds) {

		@Override
		public String toString() {
			return "SubscriptionRequest[" + this.channel + ", masked]";
		}

	}

	record SubscriptionView(String id, Channel channel, String channelLabel, String address, List<String> kinds,
			Instant createdAt) {
	}

	record AttemptView(int attempt, Instant at, boolean success, String outcome) {
	}

	record DeliveryView(String id, String subscriptionId, String alertId, Delivery.Status status, int attempts,
			Instant createdAt, Instant deliveredAt, String lastError, List<AttemptView> log) {
	}

	private final EntityManager entities;

	private final ObjectProvider<MessageGateway> gateway;

	SubscriptionController(EntityManager entities, ObjectProvider<MessageGateway> gateway) {
		this.entities = entities;
		this.gateway = gateway;
	}

	@PostMapping("/api/notifications/subscriptions")
	@Transactional
	@Operation(summary = "Choose alerts to receive outside the application (webhook, SMS or e-mail)",
			description = "kinds empty or absent: every kind. Only alerts you may see reach you: doctors those of "
					+ "their jurisdiction, care-team members those of their teams' cases. A notification never "
					+ "names the patient. A webhook needs a secret of 16+ characters: each POST is signed "
					+ "X-SMD-Signature: sha256=hex(HMAC-SHA256(secret, X-SMD-Timestamp + '.' + body)).")
	ResponseEntity<SubscriptionView> subscribe(@RequestBody SubscriptionRequest request, Authentication user) {
		requireAlertReader(user);
		if (request == null || request.channel() == null) {
			throw new InvalidValue("channel", "is required: WEBHOOK, SMS or EMAIL");
		}
		String address = checkedAddress(request.channel(), request.address());
		String secret = null;
		if (request.channel() == Channel.WEBHOOK) {
			secret = request.secret();
			if (secret == null || secret.length() < 16 || secret.length() > 200) {
				throw new InvalidValue("secret", "a webhook needs a secret of 16 to 200 characters to sign with");
			}
		}
		else if (this.gateway.getIfAvailable() == null) {
			throw new InvalidValue("channel", "no SMS or e-mail gateway is configured here; use WEBHOOK");
		}
		String kinds = request.kinds() == null ? ""
				: String.join(",", request.kinds().stream().distinct().map(AlertKind::name).toList());
		Subscription subscription = new Subscription(UUID.randomUUID().toString(), user.getName(),
				Role.namesHeldBy(user), JurisdictionScope.of(user).orElse(""), request.channel(), address, secret,
				kinds, Instant.now());
		this.entities.persist(subscription);
		return ResponseEntity.created(URI.create("/api/notifications/subscriptions/" + subscription.id))
			.body(view(subscription));
	}

	@GetMapping("/api/notifications/subscriptions")
	@Operation(summary = "My subscriptions")
	List<SubscriptionView> mine(Authentication user) {
		return this.entities
			.createQuery("select s from Subscription s where s.username = :user order by s.createdAt",
					Subscription.class)
			.setParameter("user", user.getName())
			.getResultList()
			.stream()
			.map(SubscriptionController::view)
			.toList();
	}

	@DeleteMapping("/api/notifications/subscriptions/{id}")
	@Transactional
	@Operation(summary = "Stop a subscription; deliveries not yet sent are dropped")
	ResponseEntity<Void> unsubscribe(@PathVariable String id, Authentication user) {
		this.entities.remove(owned(id, user));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/notifications/deliveries")
	@Operation(summary = "The delivery log of one of my subscriptions (admins: any), newest first, every try")
	List<DeliveryView> deliveries(@RequestParam String subscription, Authentication user) {
		owned(subscription, user);
		return this.entities
			.createQuery("select d from Delivery d where d.subscriptionId = :id order by d.createdAt desc",
					Delivery.class)
			.setParameter("id", subscription)
			.setMaxResults(200)
			.getResultList()
			.stream()
			.map(this::view)
			.toList();
	}

	private Subscription owned(String id, Authentication user) {
		Subscription subscription = this.entities.find(Subscription.class, id);
		if (subscription == null
				|| !(subscription.username.equals(user.getName()) || Role.anyHeldBy(user, Role.ADMIN))) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "No such subscription.");
		}
		return subscription;
	}

	private static void requireAlertReader(Authentication user) {
		if (!Role.anyHeldBy(user, Role.DOCTOR, Role.CARE_TEAM, Role.ADMIN)) {
			throw new AccessDeniedException("alerts are for doctors and care teams");
		}
	}

	private static String checkedAddress(Channel channel, String address) {
		if (address == null || address.isBlank() || address.length() > 500) {
			throw new InvalidValue("address", "is required");
		}
		String value = address.strip();
		boolean valid = switch (channel) {
			case WEBHOOK -> value.startsWith("https://") || value.startsWith("http://");
			case SMS -> MOBILE.matcher(value).matches();
			case EMAIL -> EMAIL.matcher(value).matches();
		};
		if (!valid) {
			throw new InvalidValue("address", switch (channel) {
				case WEBHOOK -> "must be an http(s) URL";
				case SMS -> "must be an 11-digit mobile number";
				case EMAIL -> "must be an e-mail address";
			});
		}
		if (channel == Channel.WEBHOOK) {
			try {
				URI.create(value).toURL();
			}
			catch (IllegalArgumentException | java.net.MalformedURLException ex) {
				throw new InvalidValue("address", "must be an http(s) URL");
			}
		}
		return value;
	}

	private static SubscriptionView view(Subscription subscription) {
		return new SubscriptionView(subscription.id, subscription.channel, subscription.channel.chinese(),
				subscription.address,
				subscription.kinds.isEmpty() ? List.of() : Arrays.asList(subscription.kinds.split(",")),
				subscription.createdAt);
	}

	private DeliveryView view(Delivery delivery) {
		List<AttemptView> log = this.entities
			.createQuery("select a from DeliveryAttempt a where a.deliveryId = :id order by a.attempt",
					DeliveryAttempt.class)
			.setParameter("id", delivery.id)
			.getResultList()
			.stream()
			.map((a) -> new AttemptView(a.attempt, a.at, a.success, a.outcome))
			.toList();
		return new DeliveryView(delivery.id, delivery.subscriptionId, delivery.alertId, delivery.status,
				delivery.attempts, delivery.createdAt, delivery.deliveredAt, delivery.lastError, log);
	}

}
