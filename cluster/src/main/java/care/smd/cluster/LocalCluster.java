package care.smd.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The distributed topology of docker/ as plain processes on loopback: one PostgreSQL
 * (embedded, from the registry's jar, unless a JDBC URL is given), write nodes, read
 * nodes, and the {@link Router}. The demo accounts are on (profile demo) so that it can
 * be tried at once; a real deployment runs profile prod behind the OIDC provider.
 */
public final class LocalCluster implements AutoCloseable {

	/** What to start. */
	public record Options(int writes, int reads, int routerPort, Path jars, Path logs, List<String> jvmOptions,
			List<String> nodeArguments) {

		public static Options defaults() {
			return new Options(2, 2, 8080, Path.of("cluster/target/nodes"), Path.of("cluster/target/cluster-logs"),
					List.of("-Xmx384m", "-XX:+UseSerialGC"), List.of());
		}

		public Options withRouterPort(int port) {
			return new Options(this.writes, this.reads, port, this.jars, this.logs, this.jvmOptions,
					this.nodeArguments);
		}

	}

	private final EmbeddedPostgres postgres;

	private final String jdbcUrl;

	private final List<Node> writes = new ArrayList<>();

	private final List<Node> reads = new ArrayList<>();

	private final Options options;

	private Router router;

	private LocalCluster(EmbeddedPostgres postgres, String jdbcUrl, Options options) {
		this.postgres = postgres;
		this.jdbcUrl = jdbcUrl;
		this.options = options;
	}

	/**
	 * Starts PostgreSQL, then the first write node alone (it migrates the schema and
	 * defines the demo jurisdictions), then the others together, then the router.
	 */
	public static LocalCluster start(Options options) throws IOException {
		Files.createDirectories(options.logs());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
		String url = createDatabase(postgres, "smd");
		LocalCluster cluster = new LocalCluster(postgres, url, options);
		try {
			for (int i = 1; i <= options.writes(); i++) {
				cluster.writes.add(cluster.node("write-" + i, Node.Side.WRITE, url));
			}
			for (int i = 1; i <= options.reads(); i++) {
				cluster.reads.add(cluster.node("read-" + i, Node.Side.READ, url));
			}
			Node first = cluster.writes.get(0);
			first.start();
			first.awaitReady(Duration.ofMinutes(3));
			List<Node> others = new ArrayList<>(cluster.nodes());
			others.remove(first);
			others.forEach(Node::start);
			CompletableFuture
				.allOf(others.stream()
					.map((node) -> CompletableFuture.runAsync(() -> node.awaitReady(Duration.ofMinutes(3))))
					.toArray(CompletableFuture[]::new))
				.join();
			cluster.router = new Router(options.routerPort(), () -> List.copyOf(cluster.writes),
					() -> List.copyOf(cluster.reads));
			return cluster;
		}
		catch (RuntimeException | IOException ex) {
			cluster.close();
			throw ex;
		}
	}

	/** A node of this topology on another database of the same server, e.g. to replay. */
	public Node node(String name, Node.Side side, String jdbcUrl) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=10"));
		arguments.addAll(this.options.nodeArguments());
		return new Node(name, side, this.options.jars(), this.options.logs(), this.options.jvmOptions(), arguments);
	}

	public String createDatabase(String name) {
		return createDatabase(this.postgres, name);
	}

	/** A copy of a database, taken while nothing is connected to it. */
	public String copyDatabase(String from, String to) {
		execute(this.postgres, "create database " + to + " template " + from);
		return this.postgres.getJdbcUrl("postgres", to);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, "postgres", "postgres");
	}

	public Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, "postgres", "postgres");
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public List<Node> writes() {
		return this.writes;
	}

	public List<Node> reads() {
		return this.reads;
	}

	public List<Node> nodes() {
		List<Node> all = new ArrayList<>(this.writes);
		all.addAll(this.reads);
		return all;
	}

	public Router router() {
		return this.router;
	}

	@Override
	public void close() {
		if (this.router != null) {
			this.router.close();
		}
		nodes().forEach(Node::stop);
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			// the server goes with this JVM anyway
		}
	}

	private static String createDatabase(EmbeddedPostgres postgres, String name) {
		execute(postgres, "create database " + name);
		return postgres.getJdbcUrl("postgres", name);
	}

	private static void execute(EmbeddedPostgres postgres, String sql) {
		try (Connection admin = postgres.getPostgresDatabase().getConnection();
				Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/**
	 * {@code java -cp 'cluster/target/classes:cluster/target/lib/*'
	 * care.smd.cluster.LocalCluster [writes] [reads] [port]}: runs until interrupted.
	 */
	public static void main(String[] args) throws Exception {
		Options defaults = Options.defaults();
		Options options = new Options(args.length > 0 ? Integer.parseInt(args[0]) : defaults.writes(),
				args.length > 1 ? Integer.parseInt(args[1]) : defaults.reads(),
				args.length > 2 ? Integer.parseInt(args[2]) : defaults.routerPort(), defaults.jars(), defaults.logs(),
				defaults.jvmOptions(), defaults.nodeArguments());
		LocalCluster cluster = start(options);
		Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
		System.out.println("PostgreSQL: " + cluster.jdbcUrl() + " (user postgres, password postgres)");
		cluster.nodes().forEach((node) -> System.out.println(node));
		System.out.println("Router: " + cluster.router().base() + "  (logs in " + options.logs() + ")");
		System.out.println("Try: curl -u doctor:doctor '" + cluster.router().base()
				+ "/api/worklists/due?jurisdiction=310105'   Ctrl-C stops everything.");
		Thread.currentThread().join();
	}

}
