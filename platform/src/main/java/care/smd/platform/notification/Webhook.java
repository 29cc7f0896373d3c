package care.smd.platform.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts a delivery to a subscriber's URL, signed so the receiver can check it came from
 * us and was not changed: {@code X-SMD-Signature: sha256=<hex HMAC-SHA256 of
 * "timestamp.body" with the subscription's secret>}, with {@code X-SMD-Timestamp} (epoch
 * seconds, for refusing old replays) and {@code X-SMD-Delivery} (the same on every retry,
 * for receivers that de-duplicate).
 */
final class Webhook {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Webhook() {
	}

	/** The status the receiver answered; throws when it could not be reached. */
	static int post(String url, String secret, String deliveryId, String body, long timestamp)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("X-SMD-Delivery", deliveryId)
			.header("X-SMD-Timestamp", Long.toString(timestamp))
			.header("X-SMD-Signature", "sha256=" + signature(secret, timestamp + "." + body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	static String signature(String secret, String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
