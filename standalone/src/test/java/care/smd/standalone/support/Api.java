package care.smd.standalone.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for tests: real requests to the running app, as a user. */
public final class Api {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/** What came back: status, headers and parsed body (null when empty or not JSON). */
	public record Answer(int status, Map<String, String> headers, String raw, JsonNode body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

		public String text(String field) {
			return this.body.path(field).asText(null);
		}

	}

	public Answer post(String user, String path, String body) {
		return post(user, path, body, Map.of());
	}

	public Answer post(String user, String path, String body, Map<String, String> headers) {
		return send(user, "POST", path, body, headers);
	}

	public Answer put(String user, String path, String body) {
		return send(user, "PUT", path, body, Map.of());
	}

	public Answer get(String user, String path) {
		return get(user, path, Map.of());
	}

	public Answer get(String user, String path, Map<String, String> headers) {
		return send(user, "GET", path, null, headers);
	}

	/** Waits for a write to be visible to reads (read-your-writes). */
	public Answer getAfter(Answer write, String user, String path) {
		return get(user, path, Map.of("X-Consistency-Token", write.header("X-Consistency-Token")));
	}

	public Answer send(String user, String method, String path, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null && !headers.containsKey("Content-Type")) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			String credentials = user + ":" + user;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Map<String, String> answerHeaders = new LinkedHashMap<>();
			response.headers().map().forEach((name, values) -> answerHeaders.put(name.toLowerCase(), values.get(0)));
			JsonNode parsed = null;
			String raw = response.body();
			if (raw != null && (raw.startsWith("{") || raw.startsWith("["))) {
				parsed = this.json.readTree(raw);
			}
			return new Answer(response.statusCode(), answerHeaders, raw, parsed);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
