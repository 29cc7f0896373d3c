package care.smd.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stand-in for nginx in docker/: reads (GET, HEAD, and the supervisors' plan
 * settings, which the read side keeps) go to a read node, everything else to a write
 * node, round robin. A node that refuses the connection is skipped, which is safe for any
 * method because nothing reached it. Bodies are buffered, so the alert stream (SSE) is
 * not for this router; connect to a read node directly for that.
 */
public final class Router implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
			"keep-alive", "transfer-encoding", "te", "trailer", "proxy-authorization", "proxy-authenticate");

	private final HttpServer server;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final Supplier<List<Node>> writes;

	private final Supplier<List<Node>> reads;

	private final AtomicInteger turn = new AtomicInteger();

	public Router(int port, Supplier<List<Node>> writes, Supplier<List<Node>> reads) throws IOException {
		this.writes = writes;
		this.reads = reads;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		this.server.setExecutor(Executors.newFixedThreadPool(32));
		this.server.createContext("/", this::forward);
		this.server.start();
	}

	public URI base() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	static boolean isRead(String method, String path) {
		return method.equals("GET") || method.equals("HEAD") || path.startsWith("/api/plans");
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			List<Node> candidates = isRead(method, exchange.getRequestURI().getPath()) ? this.reads.get()
					: this.writes.get();
			byte[] body = exchange.getRequestBody().readAllBytes();
			int first = Math.floorMod(this.turn.getAndIncrement(), Math.max(1, candidates.size()));
			for (int i = 0; i < candidates.size(); i++) {
				Node node = candidates.get((first + i) % candidates.size());
				try {
					relay(exchange, send(exchange, method, body, node));
					return;
				}
				catch (ConnectException | HttpConnectTimeoutException down) {
					// nothing reached this node: the next one may take the request
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			byte[] problem = "{\"type\":\"about:blank\",\"title\":\"No node available\",\"status\":503}".getBytes();
			exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
			exchange.sendResponseHeaders(503, problem.length);
			exchange.getResponseBody().write(problem);
		}
	}

	private HttpResponse<InputStream> send(HttpExchange exchange, String method, byte[] body, Node node)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(exchange.getRequestURI().toString()))
			.method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
				values.forEach((value) -> request.header(name, value));
			}
		});
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	private static void relay(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
		response.headers().map().forEach((name, values) -> {
			if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
				exchange.getResponseHeaders().put(name, values);
			}
		});
		try (InputStream in = response.body()) {
			byte[] bytes = in.readAllBytes();
			exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
