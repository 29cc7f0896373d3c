package care.smd.standalone.benchmark;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jdk.jfr.Recording;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.indicator.ActivityCounter;
import care.smd.kernel.indicator.StateCounter;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.testing.Samples;
import care.smd.query.projection.CaseOrderRebuild;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.Settings;

/**
 * The performance suite of docs/benchmarks.md. Not a test: no timing is asserted
 * anywhere; it measures, compares each figure with a baseline measured in the same run on
 * the same database, and writes the tables into docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmarks verify -Dbench.patients=10000,100000 -Dbench.databases=h2,postgresql
 * </pre>
 */
public final class BenchmarkSuite {

	private static final String[] READ_MODELS = { "case-views", "indicators" };

	/**
	 * Rebuilds after the fresh one, at most, until the JIT compiler is quiet. At
	 * 1,000,000 patients one rebuild takes most of an hour:
	 * {@code -Dbench.compiled-rebuilds=0} keeps to the fresh one, which is also what
	 * projects the data set.
	 */
	private static final int COMPILED_REBUILDS = Integer.getInteger("bench.compiled-rebuilds", 5);

	/**
	 * Whether the rebuild phase also replays into the floor processors: at 1,000,000
	 * patients they add about 20 minutes, {@code -Dbench.floor=false} leaves them out.
	 */
	private static final boolean FLOOR = Boolean.parseBoolean(System.getProperty("bench.floor", "true"));

	/**
	 * Whether the rebuild phase runs Axon's own replay before the rebuild in the order of
	 * the cases: at 1,000,000 patients it takes about half an hour,
	 * {@code -Dbench.axon-replay=false} leaves it out (the rebuild in the order of the
	 * cases then projects the data set). Since session 36.
	 */
	private static final boolean AXON_REPLAY = Boolean.parseBoolean(System.getProperty("bench.axon-replay", "true"));

	/**
	 * With {@code -Dbench.case-order-rebuilds=5}: that many rebuilds in the order of the
	 * cases, the median and the range reported; by default one, and a second while the
	 * compiler still takes 5% of the time. Since session 38, to tell a change of 3% from
	 * the drift between runs.
	 */
	private static final int CASE_ORDER_REBUILDS = Integer.getInteger("bench.case-order-rebuilds", 0);

	/**
	 * With
	 * {@code -Dbench.app-properties='axon.eventhandling.processors.case-views.initial-segment-count=2'}:
	 * the application's settings for this run, as a deployment would set them (the Maven
	 * profile starts the benchmark's JVM with its own arguments, so a {@code -Daxon...}
	 * given to Maven does not reach it). Since session 31.
	 */
	private static final Map<String, String> APP_PROPERTIES = Settings.of("bench.app-properties");

	/**
	 * Timed requests per indicator set and per HTTP floor: 1,000 (200 until session 17,
	 * when the p99 was the second slowest request); more for a profile.
	 */
	private static final int INDICATOR_REQUESTS = Integer.getInteger("bench.indicator-requests", 1_000);

	/** The longest a warm-up goes on, in seconds, if the compiler never quiets. */
	private static final int WARM_UP_LIMIT_S = 180;

	/**
	 * The statement an indicator request reads its counters with
	 * ({@code IndicatorReports}).
	 */
	private static final String COUNTERS = "select "
			+ Arrays.stream(ActivityCounter.values())
				.map((c) -> "a." + snake(c.column()))
				.collect(Collectors.joining(", "))
			+ ", s.* from (select "
			+ Arrays.stream(StateCounter.values())
				.map((c) -> "coalesce(sum(" + snake(c.column()) + "), 0) " + snake(c.column()))
				.collect(Collectors.joining(", "))
			+ " from q_ind_state where prefix = ? and month_key <= ?) s left join q_ind_activity a on a.id = ?";

	private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());

	private final String h2File = "./target/bench/h2-" + UUID.randomUUID();

	/**
	 * One round of a write measure lasts 1-3 s, and the same code measured once differed
	 * by a factor of two between runs (session 10): each measure runs in five rounds, the
	 * client counts taking turns so that a slower minute of the machine meets all of
	 * them.
	 */
	private static final int WRITE_ROUNDS = 5;

	private static final String ALL_PHASES = "rebuild,memory,indicators,sweep,writes,lag";

	private final String database;

	private final int patients;

	private final Map<String, String> results = new LinkedHashMap<>();

	private ConfigurableApplicationContext app;

	private JdbcTemplate jdbc;

	private EventProcessingConfiguration processing;

	private CommandGateway gateway;

	private URI base;

	private DatasetGenerator.Dataset dataset;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final AtomicInteger nextWriteTarget = new AtomicInteger();

	private final AtomicLong callerCpuNanos = new AtomicLong();

	/** The rebuild's baseline, which its floor is compared with too. */
	private double rawScanSeconds;

	private BenchmarkSuite(String database, int patients) {
		this.database = database;
		this.patients = patients;
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("bench.output", "../docs/benchmarks.md"));
		for (String size : System.getProperty("bench.patients", "10000").split(",")) {
			for (String database : System.getProperty("bench.databases", "h2,postgresql").split(",")) {
				BenchmarkSuite suite = new BenchmarkSuite(database.strip(), Integer.parseInt(size.strip()));
				try {
					suite.run();
				}
				catch (Exception | Error ex) {
					ex.printStackTrace();
					// Axon leaves non-daemon threads behind: end the JVM, or the build
					// waits
					System.exit(1);
				}
				Report.write(output, suite.database, suite.patients, suite.results);
			}
		}
		System.exit(0);
	}

	private void run() throws Exception {
		log("starting on " + this.database + " for " + this.patients + " patients");
		start();
		if (this.database.equals("postgresql")) {
			changeServerSettings();
			put("0. PostgreSQL server settings",
					Stream.of("shared_buffers", "max_wal_size", "checkpoint_timeout", "synchronous_commit", "fsync")
						.map((name) -> name + " " + this.jdbc.queryForObject("show " + name, String.class))
						.collect(Collectors.joining(", ")));
		}
		if (!APP_PROPERTIES.isEmpty()) {
			put("0. application settings of this run", APP_PROPERTIES.toString());
		}
		try {
			// for a profile of one part: -Dbench.phases=rebuild,writes (the data set is
			// always generated)
			// "all" is the pom's default, so that the list of phases lives here alone
			String chosen = System.getProperty("bench.phases", "all");
			Set<String> phases = Set.of((chosen.equals("all") ? ALL_PHASES : chosen).split(","));
			generate(phases.contains("writes") || phases.contains("lag"));
			run(phases, "rebuild", this::rebuild);
			if (!phases.contains("rebuild")) {
				// the generator stopped the read models: without the rebuild the other
				// phases would read them empty
				startReadModels();
				awaitCaughtUp();
			}
			run(phases, "memory", this::memory);
			// after the memory, so that the heap counts the read models alone
			if (FLOOR) {
				run(phases, "rebuild", this::replayFloor);
			}
			run(phases, "indicators", this::indicatorLatency);
			// before the writes: their visits bring every case up to date, and the sweep
			// would find nothing overdue
			run(phases, "sweep", this::calendarSweep);
			run(phases, "writes", this::writeThroughput);
			run(phases, "lag", this::readYourWritesLag);
		}
		finally {
			this.app.close();
			// H2's file grows to gigabytes under the write benchmarks
			Files.deleteIfExists(Path.of(this.h2File + ".mv.db"));
		}
	}

	private static void run(Set<String> phases, String phase, Operation operation) throws Exception {
		if (phases.contains(phase)) {
			operation.run();
		}
	}

	private void start() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("smd.alerts.sweep-initial-delay", "PT10H");
		if (this.database.equals("postgresql")) {
			properties.put("spring.datasource.url", Databases.newPostgresDatabase());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
			properties.put("spring.jpa.database-platform", "care.smd.platform.persistence.ByteaPostgreSQLDialect");
		}
		else {
			// the standalone's own URL and settings, in a file of its own
			properties.put("smd.h2.file", this.h2File);
		}
		properties.put("spring.datasource.hikari.maximum-pool-size", "40");
		properties.putAll(ReplayFloor.properties());
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith("smd.") || name.startsWith("axon."))
			.forEach((name) -> properties.put(name, System.getProperty(name)));
		properties.putAll(APP_PROPERTIES);
		// as arguments: they must win over application.properties
		this.app = new SpringApplicationBuilder(StandaloneApplication.class, ReplayFloor.OneSegment.class,
				ReplayFloor.TwoSegments.class)
			.profiles("demo")
			.run(properties.entrySet()
				.stream()
				.map((p) -> "--" + p.getKey() + "=" + p.getValue())
				.toArray(String[]::new));
		this.jdbc = new JdbcTemplate(this.app.getBean(DataSource.class));
		this.processing = this.app.getBean(EventProcessingConfiguration.class);
		this.gateway = this.app.getBean(CommandGateway.class);
		this.base = URI.create("http://127.0.0.1:" + this.app.getEnvironment().getProperty("local.server.port"));
		// they run only when the rebuild measures them
		ReplayFloor.SEGMENTS.keySet().forEach((floor) -> processor(floor).shutDown());
	}

	/**
	 * The data set, through the event store; with {@code snapshots}, each long case is
	 * given the snapshot a running system would hold, which only the write and lag
	 * benchmarks read (at 1,000,000 patients, 820,000 of them).
	 */
	private void generate(boolean snapshots) throws Exception {
		DatasetGenerator generator = new DatasetGenerator(20261123L, this.patients);
		long start = System.nanoTime();
		generator.defineJurisdictions(this.gateway::sendAndWait);
		awaitCaughtUp();
		stopReadModels();
		this.dataset = generator.appendPatients(this.app.getBean(EventStore.class), this.jdbc,
				new TransactionTemplate(this.app.getBean(PlatformTransactionManager.class)));
		double seconds = seconds(start);
		put("dataset", "%,d patients, %,d events, %,d follow-ups in the baseline table".formatted(this.patients,
				count("select count(*) from domain_event_entry"), count("select count(*) from bench_follow_up")));
		put("dataset generation (events appended through Axon's event store)",
				"%.0f s, %,.0f events/s".formatted(seconds, this.dataset.events() / seconds));
		if (snapshots) {
			snapshotCases();
		}
	}

	/**
	 * The case snapshots a running system would hold: the generator appends events, not
	 * commands, so no case has one yet. Each case of at least as many events as the
	 * snapshot threshold (10) is given one at its last event.
	 */
	private void snapshotCases() throws Exception {
		long start = System.nanoTime();
		Snapshotter snapshotter = this.app.getBean(Snapshotter.class);
		Class<?> patient = Class.forName("care.smd.command.patient.Patient");
		this.jdbc
			.queryForList("select aggregate_identifier from domain_event_entry where type = 'Patient' "
					+ "group by aggregate_identifier having count(*) >= 10", String.class)
			.forEach((id) -> snapshotter.scheduleSnapshot(patient, id));
		ThreadPoolExecutor snapshots = this.app.getBean("caseSnapshots", ThreadPoolExecutor.class);
		while (snapshots.getCompletedTaskCount() < snapshots.getTaskCount()) {
			Thread.sleep(20);
		}
		put("dataset: case snapshots (cases of 10 events or more)",
				"%,d in %.0f s".formatted(count("select count(*) from snapshot_event_entry"), seconds(start)));
	}

	/**
	 * Benchmark 3: on the fresh JVM (what a new projection version meets after a deploy;
	 * the compiler threads then take about a third of the CPU, measured at 10,000
	 * patients), then again in the same JVM until a rebuild spends under 5% of its time
	 * in the JIT compiler (at most five more by default), as the write benchmarks warm
	 * up. Until session 11 the second rebuild was reported as compiled; at 10,000
	 * patients its compiler threads still took a third of the JVM's CPU.
	 */
	private void rebuild() throws Exception {
		long events = count("select count(*) from domain_event_entry");
		rawScan();
		double scan = rawScan();
		this.rawScanSeconds = scan;
		if (!AXON_REPLAY) {
			put("3. baseline: raw sequential scan of the event table (events/s)",
					"%,.0f events/s".formatted(events / scan));
			caseOrderRebuild(events, scan);
			return;
		}
		Replay cold = replay();
		put("3. projection rebuild, both read models, fresh JVM (events/s)",
				"%,.0f events/s (%.0f s for %,d events; compiling %.0f%% of the time)"
					.formatted(events / cold.seconds(), cold.seconds(), events, 100 * cold.compiling()));
		put("3. baseline: raw sequential scan of the event table (events/s)",
				"%,.0f events/s".formatted(events / scan));
		if (COMPILED_REBUILDS == 0) {
			put("3. each read model caught up after, fresh (s)", Replay.caughtUp(cold));
			put("3. rebuild / raw scan, fresh", "%.1f%%".formatted(100 * scan / cold.seconds()));
			put("3. CPU per event, fresh: JVM / PostgreSQL server (µs)", cold.cpu());
			caseOrderRebuild(events, scan);
			return;
		}
		Replay warm;
		int rebuilds = 1;
		ServerWrites writes;
		do {
			statementsProfile(false);
			writes = this.database.equals("postgresql") ? ServerWrites.from(this.jdbc) : null;
			warm = replay();
			rebuilds++;
		}
		while (warm.compiling() >= 0.05 && rebuilds <= COMPILED_REBUILDS);
		statementsProfile(true);
		if (writes != null) {
			// since session 29: a store in time order rewrites a row per event
			put("3. the server's writes per event in the compiled rebuild", writes.since((int) events));
			put("3. the rows a follow-up rewrites, after the rebuild", writes.rowSizes());
		}
		put("3. projection rebuild again, same JVM (compiled) (events/s)",
				"%,.0f events/s (%.0f s; rebuild %d of the JVM, compiling %.0f%% of the time)"
					.formatted(events / warm.seconds(), warm.seconds(), rebuilds, 100 * warm.compiling()));
		put("3. each read model caught up after, fresh / compiled (s)", Replay.caughtUp(cold, warm));
		put("3. CPU per event, fresh / compiled: JVM / PostgreSQL server (µs)",
				cold.cpu() + ", " + warm.cpu() + (this.database.equals("h2") ? " (H2 runs in the JVM)" : ""));
		put("3. rebuild / raw scan, fresh / compiled",
				"%.1f%% / %.1f%%".formatted(100 * scan / cold.seconds(), 100 * scan / warm.seconds()));
		caseOrderRebuild(events, scan);
	}

	/**
	 * The same rebuild with each case's events handed over together
	 * ({@link CaseOrderRebuild}), after the replays above, so in a JVM that has compiled
	 * the read models' handlers; again while the compiler still takes 5% of its time (at
	 * most twice).
	 */
	private void caseOrderRebuild(long events, double scan) throws InterruptedException {
		if (CASE_ORDER_REBUILDS > 0) {
			caseOrderRebuilds(events, scan);
			return;
		}
		Replay rebuild;
		int rebuilds = 0;
		do {
			statementsProfile(false);
			rebuild = caseOrderRebuild();
			rebuilds++;
		}
		while (rebuild.compiling() >= 0.05 && rebuilds < 2);
		statementsProfile(true);
		put("3. rebuild in the order of the cases (CaseOrderRebuild) (events/s)",
				"%,.0f events/s (%.0f s; %d of the JVM, compiling %.0f%% of the time); %.1f%% of the raw scan"
					.formatted(events / rebuild.seconds(), rebuild.seconds(), rebuilds, 100 * rebuild.compiling(),
							100 * scan / rebuild.seconds()));
		put("3. rebuild in the order of the cases: caught up after (s); CPU per event, JVM / server (µs)",
				Replay.caughtUp(rebuild) + "; " + rebuild.cpu());
	}

	private void caseOrderRebuilds(long events, double scan) throws InterruptedException {
		List<Replay> rebuilds = new ArrayList<>();
		for (int i = 0; i < CASE_ORDER_REBUILDS; i++) {
			// the server's side of the last one
			statementsProfile(false);
			rebuilds.add(caseOrderRebuild());
		}
		statementsProfile(true);
		List<Replay> fastest = rebuilds.stream().sorted(Comparator.comparingDouble(Replay::seconds)).toList();
		Replay median = fastest.get(fastest.size() / 2);
		put("3. rebuild in the order of the cases (CaseOrderRebuild) (events/s)",
				"%,.0f events/s, median of %d in the JVM (%,.0f–%,.0f); %.1f%% of the raw scan".formatted(
						events / median.seconds(), rebuilds.size(), events / fastest.get(fastest.size() - 1).seconds(),
						events / fastest.get(0).seconds(), 100 * scan / median.seconds()));
		put("3. rebuild in the order of the cases, each in turn: caught up after (s); CPU per event, JVM / server (µs)",
				String.join(" · ", rebuilds.stream().map((r) -> Replay.caughtUp(r) + "; " + r.cpu()).toList()));
	}

	private Replay caseOrderRebuild() throws InterruptedException {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long head = count("select max(global_index) from domain_event_entry");
		long compiledBefore = jit.getTotalCompilationTime();
		CpuTime cpuBefore = CpuTime.now();
		long start = System.nanoTime();
		this.app.getBean(CaseOrderRebuild.class).rebuild(READ_MODELS);
		return caughtUp("rebuild in the order of the cases", READ_MODELS, head, start, compiledBefore, cpuBefore);
	}

	/**
	 * One rebuild: when each read model caught up (s), the JIT compiler's time as a share
	 * of the rebuild's, and the CPU it took per event (µs: the JVM, the PostgreSQL
	 * server).
	 */
	private record Replay(Map<String, Double> caughtUp, double compiling, double[] cpuPerEvent) {

		String cpu() {
			return "%.0f / %.0f".formatted(cpuPerEvent[0], cpuPerEvent[1]);
		}

		double seconds() {
			return caughtUp.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		}

		/** "name a / b" for each read model, a replay's seconds after another's */
		static String caughtUp(Replay... replays) {
			return String.join(", ",
					replays[0].caughtUp()
						.keySet()
						.stream()
						.map((name) -> name + " " + String.join(" / ",
								Arrays.stream(replays).map((r) -> "%.1f".formatted(r.caughtUp().get(name))).toList()))
						.toList());
		}

	}

	/**
	 * Both read models reset and replayed from the first event; the seconds each took to
	 * catch up (the rebuild is done when the slower one is).
	 */
	private Replay replay() {
		return replay(READ_MODELS);
	}

	/**
	 * The given processors reset and replayed from the first event, left running; the
	 * seconds each took to catch up.
	 */
	private Replay replay(String... processors) {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		for (String name : processors) {
			processor(name).shutDown();
			processor(name).resetTokens();
		}
		long head = count("select max(global_index) from domain_event_entry");
		long compiledBefore = jit.getTotalCompilationTime();
		CpuTime cpuBefore = CpuTime.now();
		long start = System.nanoTime();
		for (String name : processors) {
			processor(name).start();
		}
		return caughtUp("replay", processors, head, start, compiledBefore, cpuBefore);
	}

	/**
	 * Waits until each processor has passed the head, its counters summed: when each did
	 * (s after the start), the compiler's share of the time, the CPU per event.
	 */
	private Replay caughtUp(String what, String[] processors, long head, long start, long compiledBefore,
			CpuTime cpuBefore) {
		Map<String, Double> caughtUp = new LinkedHashMap<>();
		while (caughtUp.size() < processors.length) {
			for (String name : processors) {
				if (!caughtUp.containsKey(name) && passed(name, head) && countersSummed(name)) {
					caughtUp.put(name, seconds(start));
				}
			}
			sleep(20);
		}
		Replay replay = new Replay(caughtUp,
				(ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiledBefore) / 1e3
						/ seconds(start),
				CpuTime.now().microsPerItemSince(cpuBefore, head));
		log("%s: %s, compiling %.0f%% of the time, CPU per event %s µs (JVM / PostgreSQL)".formatted(what, caughtUp,
				100 * replay.compiling(), replay.cpu()));
		return replay;
	}

	/**
	 * The rebuild's floor ({@link ReplayFloor}), with the read models stopped: each floor
	 * processor replayed until the compiler is quiet, as the rebuild is (at most three
	 * times; once when the rebuild is measured only fresh).
	 */
	private void replayFloor() {
		long events = count("select count(*) from domain_event_entry");
		double scan = this.rawScanSeconds;
		stopReadModels();
		for (Map.Entry<String, Integer> processor : ReplayFloor.SEGMENTS.entrySet()) {
			String floor = processor.getKey();
			String segments = processor.getValue() == 1 ? "one segment" : "two segments";
			Replay replay;
			int replays = 0;
			do {
				replay = replay(floor);
				processor(floor).shutDown();
				replays++;
			}
			while (COMPILED_REBUILDS > 0 && replay.compiling() >= 0.05 && replays < 3);
			put("3. floor, %s: Axon's processor as the read models are configured, decoding every event and writing nothing (events/s)"
				.formatted(segments),
					"%,.0f events/s (%.1f%% of the raw scan; replay %d, compiling %.0f%% of the time)".formatted(
							events / replay.seconds(), 100 * scan / replay.seconds(), replays,
							100 * replay.compiling()));
			put("3. floor, %s: CPU per event: JVM / PostgreSQL server (µs)".formatted(segments), replay.cpu());
		}
		startReadModels();
		awaitCaughtUp();
	}

	/**
	 * With {@code -Dbench.pg-settings=max_wal_size=8GB;checkpoint_timeout=30min}: server
	 * settings that take effect on a reload, for a run that shows what they change (the
	 * table's first row states them). Since session 29.
	 */
	private void changeServerSettings() {
		Map<String, String> settings = Settings.of("bench.pg-settings");
		settings.forEach((name, value) -> this.jdbc.execute("alter system set " + name + " = '" + value + "'"));
		if (!settings.isEmpty()) {
			this.jdbc.execute("select pg_reload_conf()");
			// the server's processes read the file when the signal reaches them
			sleep(1000);
		}
	}

	/**
	 * With {@code -Dbench.pg-statements=true} on PostgreSQL: the statements the server
	 * spent most time on since the last call, for a profile of the database's side (the
	 * numbers are logged, not reported). Lists of parameters are folded into one, so that
	 * a query run with lists of many lengths counts as one statement (the server keeps
	 * each length apart).
	 */
	private void statementsProfile(boolean report) {
		if (!this.database.equals("postgresql") || !Boolean.getBoolean("bench.pg-statements")) {
			return;
		}
		this.jdbc.execute("create extension if not exists pg_stat_statements");
		if (report) {
			this.jdbc
				.queryForList("select round(sum(total_exec_time)) || ' ms, ' || sum(calls) || ' calls, ' || sum(rows) "
						+ "|| ' rows: ' || left(statement, 160) from (select total_exec_time, calls, rows, "
						+ "regexp_replace(regexp_replace(query, '\\s+', ' ', 'g'), '\\$[0-9]+(, ?\\$[0-9]+)+', '$…', 'g') "
						+ "as statement from pg_stat_statements) s group by statement "
						+ "order by sum(total_exec_time) desc limit 15", String.class)
				.forEach((line) -> log("statement " + line));
		}
		this.jdbc.execute("select pg_stat_statements_reset()");
	}

	private double rawScan() throws Exception {
		long start = System.nanoTime();
		long bytes = 0;
		try (Connection connection = this.jdbc.getDataSource().getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.setFetchSize(1000);
				try (ResultSet rows = statement.executeQuery("select global_index, aggregate_identifier, payload_type, "
						+ "payload, meta_data from domain_event_entry order by global_index")) {
					while (rows.next()) {
						bytes += rows.getBytes(4).length + rows.getBytes(5).length;
					}
				}
			}
			connection.commit();
		}
		if (bytes == 0) {
			throw new IllegalStateException("nothing scanned");
		}
		return seconds(start);
	}

	/** Benchmark 5: heap after the data set is loaded and projected. */
	private void memory() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		put("5. heap used after loading and projecting (after GC)", "%,d MiB".formatted(used >> 20));
		storage("after loading and projecting");
	}

	/**
	 * What the read models store per patient (every live event rewrites its patient's
	 * rows whole) and, on H2, the size of the database file.
	 */
	private void storage(String when) {
		put("6. stored per patient " + when + ": timeline / registration / event payload, mean bytes",
				"%,d / %,d / %,d".formatted(count("select avg(length(json)) from q_ind_timeline"),
						count("select avg(length(registration_json)) from q_case_file"),
						count("select avg(length(payload)) from domain_event_entry")));
		if (this.database.equals("h2")) {
			put("6. H2 database file " + when,
					"%,d MiB".formatted(Path.of(this.h2File + ".mv.db").toFile().length() >> 20));
		}
	}

	/**
	 * Benchmark 2: indicator queries over HTTP against plain SQL over normalized tables.
	 */
	private void indicatorLatency() throws Exception {
		String county = this.dataset.counties().get(0);
		Map<String, String[]> queries = new LinkedHashMap<>();
		queries.put("district-year (" + county + ", 2025)", new String[] { "jurisdiction=" + county + "&period=2025",
				county, "2025-01-01", "2025-12-31", "4", "2025" });
		queries.put("province-quarter (33, 2026-Q3)",
				new String[] { "jurisdiction=33&period=2026-Q3", "33", "2026-07-01", "2026-09-30", "1", "2026-Q3" });
		queries.put("national-year (2025)",
				new String[] { "period=2025", "", "2025-01-01", "2025-12-31", "4", "2025" });
		warmUp("2. indicator requests", () -> {
			for (int i = 0; i < 100; i++) {
				for (String[] q : queries.values()) {
					indicators(q[0]);
				}
			}
		});
		for (Map.Entry<String, String[]> query : queries.entrySet()) {
			String[] q = query.getValue();
			Stats ours = timedIndicatorRequests(q[0]);
			Stats naive = new Stats();
			int samples = this.patients > 50_000 ? 3 : 10;
			naiveSql(q);
			for (int i = 0; i < samples; i++) {
				long start = System.nanoTime();
				naiveSql(q);
				naive.add(millis(start));
			}
			put("2. " + query.getKey() + ": every indicator over HTTP, ms", ours.summary());
			put("2. " + query.getKey() + ": baseline SQL (3 indicators), ms", naive.summary());
			put("2. " + query.getKey() + ": baseline p50 / ours p50",
					"%.0f×".formatted(naive.percentile(50) / ours.percentile(50)));
			Stats reads = timed(() -> readCounters(q));
			put("2. " + query.getKey() + ": its counters read over JDBC (the request's counter statement), ms",
					reads.summary());
			put("2. " + query.getKey() + ": baseline p50 / counter reads p50",
					"%.0f×".formatted(naive.percentile(50) / reads.percentile(50)));
		}
		put("2. the HTTP floor: GET /actuator/health/liveness (no sign-in, no database), ms", httpFloor().summary());
		caseFileReads();
		if (this.database.equals("postgresql")) {
			indicatorLatencyAfterVacuum(queries);
		}
		if (Boolean.getBoolean("bench.profile-indicators")) {
			profileIndicatorRequests(queries);
		}
	}

	/**
	 * A case file over HTTP, as a doctor opens it (its audit record written, the events
	 * of its history read from the store since session 39), against the rows it shows
	 * read with raw JDBC: the case view, the file, the history's entries and the case's
	 * events. Different cases each time, the same ones for both.
	 */
	private void caseFileReads() throws Exception {
		List<String> ids = this.dataset.patientIds();
		AtomicInteger next = new AtomicInteger();
		Supplier<String> patient = () -> ids.get(Math.floorMod(next.getAndIncrement() * 7919 + 13, ids.size()));
		warmUp("2. case files", () -> {
			for (int i = 0; i < 200; i++) {
				caseFile(patient.get());
			}
		});
		next.set(0);
		Stats ours = timed(() -> caseFile(patient.get()));
		next.set(0);
		Stats raw = timed(() -> caseRows(patient.get()));
		put("2. a case file over HTTP (GET /api/patients/{id}), ms", ours.summary());
		put("2. baseline: the same case's view, file, history entries and events read with raw JDBC, ms",
				raw.summary());
		put("2. a case file: ours p50 / baseline p50", "%.1f×".formatted(ours.percentile(50) / raw.percentile(50)));
	}

	private void caseFile(String patientId) throws IOException, InterruptedException {
		adminGet("/api/patients/" + patientId);
	}

	private void caseRows(String patientId) {
		this.jdbc.queryForList("select * from q_case_view where id = ?", patientId);
		this.jdbc.queryForList("select * from q_case_file where id = ?", patientId);
		this.jdbc.queryForList("select * from q_case_history where patient_id = ? order by date, sequence", patientId);
		this.jdbc.queryForList("select sequence_number, payload from domain_event_entry where aggregate_identifier = ?"
				+ " order by sequence_number", patientId);
	}

	/**
	 * With {@code -Dbench.profile-indicators=true}, after the measures: the same requests
	 * again under a JFR recording per query, CPU samples every 2 ms and every socket read
	 * (the database's answers) with its stack, written beside the H2 files.
	 */
	private void profileIndicatorRequests(Map<String, String[]> queries) throws Exception {
		for (Map.Entry<String, String[]> query : queries.entrySet()) {
			Path file = Path.of("./target/bench/indicators-%s-%d-%s.jfr".formatted(this.database, this.patients,
					query.getKey().replaceAll("[^a-z]+", "-")));
			Files.createDirectories(file.getParent());
			try (Recording recording = new Recording()) {
				recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
				recording.enable("jdk.SocketRead").withThreshold(Duration.ZERO).withStackTrace();
				recording.start();
				Stats profiled = timedIndicatorRequests(query.getValue()[0]);
				recording.stop();
				recording.dump(file);
				log("%s under a profile, ms: %s; %s".formatted(query.getKey(), profiled.summary(),
						file.toAbsolutePath().normalize()));
			}
		}
	}

	/**
	 * The cheapest request the server answers, with the same client: what every indicator
	 * request costs before it signs in or reads anything.
	 */
	private Stats httpFloor() throws Exception {
		warmUp("2. HTTP floor", () -> {
			for (int i = 0; i < 300; i++) {
				liveness();
			}
		});
		return timed(this::liveness);
	}

	private void liveness() throws IOException, InterruptedException {
		HttpRequest liveness = HttpRequest.newBuilder(this.base.resolve("/actuator/health/liveness")).build();
		if (this.http.send(liveness, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
			throw new IllegalStateException("liveness answered other than 200");
		}
	}

	/**
	 * The same requests once the database's maintenance has caught up with the rebuild: a
	 * replay updates the country's and the province's counter rows in nearly every batch,
	 * and until a vacuum their dead versions are read along with the live ones.
	 */
	private void indicatorLatencyAfterVacuum(Map<String, String[]> queries) throws Exception {
		put("2. autovacuum workers busy after the queries",
				this.jdbc
					.queryForList("select coalesce(string_agg(query, '; '), 'none') from pg_stat_activity "
							+ "where backend_type = 'autovacuum worker'", String.class)
					.get(0));
		counterReads("before vacuum");
		long start = System.nanoTime();
		this.jdbc.execute("vacuum analyze");
		put("2. vacuum analyze of the whole database, s", "%.1f".formatted(millis(start) / 1000));
		counterReads("after vacuum");
		for (Map.Entry<String, String[]> query : queries.entrySet()) {
			put("2. " + query.getKey() + ": every indicator over HTTP after vacuum analyze, ms",
					timedIndicatorRequests(query.getValue()[0]).summary());
		}
	}

	/**
	 * What the database reads for the counters of the national year and the
	 * province-quarter: index entries of dead row versions cost a heap visit each until a
	 * vacuum removes them. The national year's activity row is updated by every batch
	 * with a visit of that year, the province-quarter's by a quarter's.
	 */
	private void counterReads(String when) {
		put("2. the national monthly state rows summed, " + when,
				plan("select sum(registered) from q_ind_state where prefix = '' and month_key <= '2025-12'"));
		put("2. the national year's activity row, " + when, plan("select * from q_ind_activity where id = '|2025'"));
		put("2. the province-quarter's activity row, " + when,
				plan("select * from q_ind_activity where id = '33|2026-Q3'"));
	}

	private String plan(String query) {
		return this.jdbc.queryForList("explain (analyze, buffers) " + query, String.class)
			.stream()
			.map(String::trim)
			.filter((line) -> line.startsWith("Heap Blocks") || line.startsWith("Execution Time")
					|| line.startsWith("Buffers") || line.contains("Index Scan"))
			.map((line) -> line.replaceAll("\\(cost=[^)]*\\) ", ""))
			.collect(Collectors.joining("; "));
	}

	/** The indicator requests of the query, one at a time, in ms. */
	private Stats timedIndicatorRequests(String query) throws Exception {
		return timed(() -> indicators(query));
	}

	/** {@link #INDICATOR_REQUESTS} runs of the operation, one at a time, in ms. */
	private static Stats timed(Operation operation) throws Exception {
		Stats times = new Stats();
		for (int i = 0; i < INDICATOR_REQUESTS; i++) {
			long start = System.nanoTime();
			operation.run();
			times.add(millis(start));
		}
		return times;
	}

	private void indicators(String query) throws IOException, InterruptedException {
		adminGet("/api/indicators?" + query);
	}

	/** A GET as the admin that must answer 200. */
	private void adminGet(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(
				HttpRequest.newBuilder(this.base.resolve(path)).header("Authorization", ADMIN).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(answer.statusCode() + " " + answer.body());
		}
	}

	/**
	 * The statement an indicator request reads its counters with (two until session 19),
	 * without the HTTP request around it: set beside the naive SQL like for like, a query
	 * against a query.
	 */
	private void readCounters(String[] q) {
		this.jdbc.queryForMap(COUNTERS, q[1], q[3].substring(0, 7), q[1] + "|" + q[5]);
	}

	private static String snake(String column) {
		return column.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	/**
	 * What a plain CRUD system would run: registered patients under the prefix, those
	 * with an assessed visit in each quarter, those whose latest visit says regular.
	 */
	private void naiveSql(String[] q) {
		LocalDate from = LocalDate.parse(q[2]);
		LocalDate to = LocalDate.parse(q[3]);
		this.jdbc.queryForMap("select count(*) as registered, "
				+ "sum(case when (select count(distinct floor((extract(month from f.visit_date) - 1) / 3)) "
				+ "from bench_follow_up f where f.patient_id = p.id and f.visit_date between ? and ? "
				+ "and f.danger_level is not null) >= ? then 1 else 0 end) as standard, "
				+ "sum(case when (select f.adherence from bench_follow_up f where f.patient_id = p.id "
				+ "and f.visit_date between ? and ? order by f.visit_date desc limit 1) = 'REGULAR' then 1 else 0 end) "
				+ "as regular from bench_patient p where p.community like ? and p.registered_on <= ?", from, to,
				Integer.parseInt(q[4]), from, to, q[1] + "%", to);
	}

	/**
	 * Benchmark 1, as a write node runs (no read model in the same JVM): follow-ups over
	 * HTTP and through the command gateway, against raw JDBC inserts of the same event
	 * rows into the same table, one transaction each, with 1, 4 and 16 clients.
	 */
	private void writeThroughput() throws Exception {
		stopReadModels();
		warmUp("1. writes", () -> {
			throughput(4, 2000, this::followUpOverHttp);
			throughput(4, 2000, this::followUpThroughGateway);
			throughput(4, 2000, this::liveness);
		});
		int[] concurrency = { 1, 4, 16 };
		int mostClients = concurrency[concurrency.length - 1];
		CpuSplit cpu = new CpuSplit(this.callerCpuNanos);
		CpuSplit floorCpu = new CpuSplit(this.callerCpuNanos);
		Map<Integer, List<double[]>> rounds = new TreeMap<>();
		for (int round = 0; round < WRITE_ROUNDS; round++) {
			for (int clients : concurrency) {
				int operations = clients == 1 ? 1000 : clients * 250;
				CpuSplit.Reading before = cpu.read();
				double http = throughput(clients, operations, this::followUpOverHttp);
				if (clients == mostClients) {
					cpu.add(before, operations);
				}
				double gateway = throughput(clients, operations, this::followUpThroughGateway);
				double raw = rawInserts(clients, operations);
				before = floorCpu.read();
				double floor = throughput(clients, operations, this::liveness);
				if (clients == mostClients) {
					floorCpu.add(before, operations);
				}
				rounds.computeIfAbsent(clients, (c) -> new ArrayList<>())
					.add(new double[] { http, gateway, raw, floor });
			}
		}
		rounds.forEach((clients, measured) -> {
			double http = median(measured, 0);
			double raw = median(measured, 2);
			put("1. %d client(s): follow-ups/s over HTTP / through the gateway / raw JDBC insert, median of %d rounds (range)"
				.formatted(clients, WRITE_ROUNDS),
					"%s / %s / %s (HTTP at %.1f%% of raw)".formatted(spread(measured, 0), spread(measured, 1),
							spread(measured, 2), 100 * http / raw));
			put("1. %d client(s): the HTTP floor, GET /actuator/health/liveness (no sign-in, no database), requests/s, median of %d rounds (range)"
				.formatted(clients, WRITE_ROUNDS),
					"%s (at %.1f%% of the raw insert)".formatted(spread(measured, 3), 100 * median(measured, 3) / raw));
		});
		put("1. CPU per follow-up over HTTP with %d clients, all rounds (µs)".formatted(mostClients), cpu.toString());
		put("1. CPU per HTTP floor request with %d clients, all rounds (µs)".formatted(mostClients),
				floorCpu.toString());
		this.jdbc.update("delete from domain_event_entry where aggregate_identifier like 'raw-%'");
		startReadModels();
		awaitCaughtUp();
	}

	private static double median(List<double[]> rounds, int column) {
		double[] values = rounds.stream().mapToDouble((round) -> round[column]).sorted().toArray();
		return values[values.length / 2];
	}

	private static String spread(List<double[]> rounds, int column) {
		DoubleSummaryStatistics all = rounds.stream().mapToDouble((round) -> round[column]).summaryStatistics();
		return "%,.0f (%,.0f–%,.0f)".formatted(median(rounds, column), all.getMin(), all.getMax());
	}

	/**
	 * Runs a round until the JIT is quiet: a round that spends under 5% of its time
	 * compiling, for at most three minutes (30 rounds until session 19). Measured on the
	 * running jar, the compiler threads took 11 s of CPU in the first 3,000 follow-ups
	 * and 2 s in the 9,000 after them, and the time per request fell by half; without
	 * this the first figures measured the compiler (the first indicator query measured
	 * had twice the latency of the last). After a rebuild on a fresh JVM 30 rounds were
	 * not enough: the compiler was busy for 16-124% of each round's time, and the first
	 * query measured had three times the latency it had a minute later (session 19).
	 * Since session 24 two quiet rounds in a row: the compiler's share swings between
	 * rounds (32%, 12%, 32%, 12%, 10%, 4% in the read models' warm-up), and a warm-up
	 * that stopped at the first dip left the compiler 41% of the first window at 500/s.
	 */
	private void warmUp(String what, Operation round) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long begin = System.nanoTime();
		int rounds = 0;
		int quiet = 0;
		double compiling;
		do {
			long compiledBefore = jit.getTotalCompilationTime();
			long start = System.nanoTime();
			round.run();
			compiling = (jit.getTotalCompilationTime() - compiledBefore) / 1e3 / seconds(start);
			quiet = compiling < 0.05 ? quiet + 1 : 0;
			rounds++;
			log("%s warm-up round %d: compiling %.0f%% of the time".formatted(what, rounds, 100 * compiling));
		}
		while (quiet < 2 && seconds(begin) < WARM_UP_LIMIT_S);
		put(what + ": warm-up",
				"%d rounds in %.0f s, compiling %.0f%% of the last".formatted(rounds, seconds(begin), 100 * compiling));
	}

	interface Operation {

		void run() throws Exception;

	}

	private double throughput(int clients, int operations, Operation operation) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger left = new AtomicInteger(operations);
		List<Future<?>> running = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				while (left.getAndDecrement() > 0) {
					operation.run();
				}
				// a new thread each time: all its CPU is this measure's
				this.callerCpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		double seconds = seconds(start);
		pool.shutdown();
		return operations / seconds;
	}

	private String nextPatient() {
		List<String> ids = this.dataset.patientIds();
		return ids.get(Math.floorMod(this.nextWriteTarget.getAndIncrement() * 7919, ids.size()));
	}

	private void followUpOverHttp() throws Exception {
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(this.base.resolve("/api/patients/" + nextPatient() + "/follow-ups"))
				.header("Authorization", ADMIN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"date\":\"2026-11-21\",\"form\":\"HOME_VISIT\",\"dangerLevel\":0,"
							+ "\"adherence\":\"REGULAR\",\"hospitalisation\":\"NONE\",\"insight\":\"COMPLETE\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			throw new IllegalStateException(answer.statusCode() + " " + answer.body());
		}
	}

	private void followUpThroughGateway() {
		this.gateway.sendAndWait(new RecordFollowUp(PatientId.of(nextPatient()), UUID.randomUUID().toString(),
				Samples.stableVisit(LocalDate.of(2026, 11, 21))));
	}

	/**
	 * The floor: the same kind of row into the same table, one insert and commit each, no
	 * framework.
	 */
	private double rawInserts(int clients, int operations) throws Exception {
		Map<String, Object> row = this.jdbc.queryForMap("select payload, meta_data, payload_type, time_stamp, type "
				+ "from domain_event_entry where payload_type like '%FollowUpRecorded' order by global_index desc limit 1");
		// Own sequence, below every real position: deleting these rows afterwards must
		// not
		// leave thousands of gaps among the real events. Each gap rides along in every
		// processor's tracking token until Axon's gap timeout (60 s), which once made
		// benchmark 4 measure the gaps instead of the read models.
		this.jdbc.execute("create sequence if not exists bench_raw_seq minvalue -1000000000000 "
				+ "start with -1000000000000 increment by 1");
		String next = this.database.equals("postgresql") ? "nextval('bench_raw_seq')" : "next value for bench_raw_seq";
		String insert = "insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
				+ "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) values (" + next
				+ ", ?, 0, ?, ?, ?, ?, null, ?, ?)";
		return throughput(clients, operations, () -> {
			try (Connection connection = this.jdbc.getDataSource().getConnection();
					PreparedStatement statement = connection.prepareStatement(insert)) {
				connection.setAutoCommit(true);
				statement.setString(1, "raw-" + UUID.randomUUID());
				statement.setString(2, (String) row.get("type"));
				statement.setString(3, UUID.randomUUID().toString());
				statement.setBytes(4, (byte[]) row.get("meta_data"));
				statement.setBytes(5, (byte[]) row.get("payload"));
				statement.setString(6, (String) row.get("payload_type"));
				statement.setString(7, (String) row.get("time_stamp"));
				statement.executeUpdate();
			}
		});
	}

	/**
	 * Benchmark 4: follow-ups at 50/s (the floor: what one visit waits on an idle node)
	 * and at 500/s through the gateway; for 500 of them, the time from the
	 * acknowledgement until both read models have passed its position. The 500/s window
	 * runs twice, back to back, and both are reported: the first may meet code paths that
	 * 50/s never made hot (on H2 its p95 ranged from 84 ms to 1.7 s between runs), the
	 * second shows whether the rate is held. Since session 24 a warm-up runs windows of 4
	 * s at 500/s, not reported, until the compiler is quiet before the windows at 500/s.
	 */
	private void readYourWritesLag() throws Exception {
		startReadModels();
		awaitCaughtUp();
		readYourWritesLag(50, "");
		// the node a 500/s load meets has been running for days: its compiler has long
		// compiled the command path and both read models' handlers. Without this, the
		// first windows at 500/s measured the compiler as well (session 23). Paced as the
		// windows are: after rounds at full speed the compiler was still busy in the
		// first window (session 24).
		warmUp("4. the command path with both read models, at 500/s", () -> {
			lagWindow(500, 4, null);
			awaitCaughtUp();
		});
		statementsProfile(false);
		ServerWrites writes = this.database.equals("postgresql") ? ServerWrites.from(this.jdbc) : null;
		readYourWritesLag(500, "");
		readYourWritesLag(500, ", the next 10 s");
		if (writes != null) {
			put("4. the server's writes per follow-up in the two windows at 500/s", writes.since(2 * 500 * 10));
		}
		// with -Dbench.pg-statements=true: the server's side of the two windows at 500/s
		statementsProfile(true);
		if (this.database.equals("postgresql")) {
			// the data set was loaded and projected minutes ago: PostgreSQL's autovacuum
			// may still be clearing and analysing the bulk of it, as after any bulk
			// load until an operator runs the vacuum
			long start = System.nanoTime();
			this.jdbc.execute("vacuum analyze");
			put("4. vacuum analyze of the whole database, s", "%.1f".formatted(seconds(start)));
			readYourWritesLag(500, ", after the vacuum");
			readYourWritesLag(500, ", after the vacuum, the next 10 s");
		}
		storage("after the write and read-your-writes benchmarks");
	}

	private void readYourWritesLag(int rate, String window) throws Exception {
		lagWindow(rate, 10, window);
	}

	/**
	 * A window of follow-ups at the rate, probed; reported unless {@code window} is null.
	 */
	private void lagWindow(int rate, int seconds, String window) throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(16, named("lag-sender"));
		// probes wait on their own threads, so that waiting never slows the senders down
		ExecutorService probes = Executors.newFixedThreadPool(8, named("lag-probe"));
		Stats lag = new Stats();
		CpuSplit cpu = new CpuSplit(null, BenchmarkSuite::lagThreadGroup);
		CpuSplit.Reading cpuBefore = cpu.read();
		CpuTime machineBefore = CpuTime.now();
		List<Future<?>> sent = new ArrayList<>();
		Queue<Future<?>> probed = new ConcurrentLinkedQueue<>();
		int autovacuumAtStart = autovacuumWorkers();
		long start = System.nanoTime();
		for (int i = 0; i < rate * seconds; i++) {
			long due = start + i * 1_000_000_000L / rate;
			// parked, not spinning: a spinning pacer took a fifth of a core from the
			// system under test
			for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
				LockSupport.parkNanos(left);
			}
			boolean probe = i % (rate / 50) == 0;
			sent.add(senders.submit(() -> {
				String patient = nextPatient();
				this.gateway.sendAndWait(new RecordFollowUp(PatientId.of(patient), UUID.randomUUID().toString(),
						Samples.stableVisit(LocalDate.of(2026, 11, 22))));
				if (probe) {
					long acknowledged = System.nanoTime();
					long position = count(
							"select max(global_index) from domain_event_entry where aggregate_identifier = '" + patient
									+ "'");
					probed.add(probes.submit(() -> {
						while (!passed(position)) {
							sleep(2);
						}
						synchronized (lag) {
							lag.add(millis(acknowledged));
						}
					}));
				}
				return null;
			}));
		}
		for (Future<?> future : sent) {
			future.get();
		}
		double achieved = rate * seconds / seconds(start);
		for (Future<?> future : probed) {
			future.get(5, TimeUnit.MINUTES);
		}
		double elapsed = seconds(start);
		int autovacuumAtEnd = autovacuumWorkers();
		// read before the pools end: an ended thread's CPU can no longer be read
		cpu.add(cpuBefore, rate * seconds);
		double[] perFollowUp = CpuTime.now().microsPerItemSince(machineBefore, rate * seconds);
		senders.shutdown();
		probes.shutdown();
		if (window == null) {
			return;
		}
		put("4. read-your-writes: ack → visible in case view and indicators, ms (%d probes at %.0f follow-ups/s offered %d/s%s)"
			.formatted(lag.size(), achieved, rate, window), lag.summary());
		put("4. CPU per follow-up at %d/s offered%s, until the last probe saw its write (µs)".formatted(rate, window),
				"%s; PostgreSQL server %,.0f; both cores busy %.0f%% of the %.1f s; autovacuum workers at its start / end: %d / %d"
					.formatted(cpu, perFollowUp[1],
							100 * (perFollowUp[0] + perFollowUp[1]) * rate * seconds / 1e6
									/ (elapsed * Runtime.getRuntime().availableProcessors()),
							elapsed, autovacuumAtStart, autovacuumAtEnd));
	}

	/** PostgreSQL's autovacuum workers at work now; 0 on H2. */
	private int autovacuumWorkers() {
		return this.database.equals("postgresql")
				? (int) count("select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'") : 0;
	}

	/**
	 * The threads of the read-your-writes benchmark by what they do; the processors'
	 * threads carry their names (Coordinator[indicators]-0, WorkPackage[case-views]-0).
	 */
	private static String lagThreadGroup(String name) {
		return name.startsWith("lag-sender") ? "senders (the command gateway)"
				: name.startsWith("lag-probe") ? "the benchmark's probes"
						: name.contains("[indicators]") ? "indicators' processor"
								: name.contains("[case-views]") ? "case views' processor" : "other Java threads";
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger threads = new AtomicInteger();
		return (task) -> new Thread(task, prefix + "-" + threads.incrementAndGet());
	}

	private boolean passed(long position) {
		for (String name : READ_MODELS) {
			if (!passed(name, position) || !countersSummed(name)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The indicator read model's replay is done when its counters are summed, once its
	 * segments have passed the head (docs/decisions.md).
	 */
	private boolean countersSummed(String name) {
		return !name.equals("indicators") || count("select count(*) from q_ind_counters_pending") == 0;
	}

	private boolean passed(String name, long position) {
		Map<Integer, EventTrackerStatus> segments = processor(name).processingStatus();
		return !segments.isEmpty()
				&& segments.values().stream().allMatch((status) -> status.getCurrentPosition().orElse(-1) >= position);
	}

	private StreamingEventProcessor processor(String name) {
		return this.processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
	}

	private void stopReadModels() {
		for (String name : READ_MODELS) {
			processor(name).shutDown();
		}
	}

	private void calendarSweep() throws Exception {
		startReadModels();
		awaitCaughtUp();
		new CalendarSweep(this.app, this.jdbc, this::put).measure();
	}

	private void startReadModels() {
		for (String name : READ_MODELS) {
			processor(name).start();
		}
	}

	private void awaitCaughtUp() {
		long head = count("select max(global_index) from domain_event_entry");
		while (!passed(head)) {
			sleep(20);
		}
	}

	private long count(String sql) {
		Long value = this.jdbc.queryForObject(sql, Long.class);
		return value == null ? 0 : value;
	}

	private void put(String name, String value) {
		this.results.put(name, value);
		log(name + ": " + value);
	}

	private static void log(String line) {
		System.out.println("[bench " + LocalDateTime.now().withNano(0) + "] " + line);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	static double millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where an operation spends this JVM's CPU, by groups of threads, and the JVM's own
	 * (garbage collection, JIT), which is the process's CPU less its Java threads'. Over
	 * HTTP the groups are the server's request threads, the benchmark's own client (its
	 * calling threads and the JDK client's threads, on the same two cores) and the other
	 * Java threads. A database server's CPU is outside.
	 */
	static final class CpuSplit {

		record Reading(Map<Long, Long> threads, Map<Long, String> names, long process, long callers,
				long compilingMillis) {
		}

		private static final String CLIENT = "client (callers and JDK client threads)";

		/** the HTTP callers' own CPU, which they add as they finish; null: none */
		private final AtomicLong callers;

		/** a thread's group by its name; null: not counted by its thread */
		private final Function<String, String> groupOf;

		private final Map<String, Long> nanos = new LinkedHashMap<>();

		private long operations;

		CpuSplit(AtomicLong callers) {
			this(callers, (name) -> name.startsWith("pool-") ? null // the callers
					: name.startsWith("http-nio") ? "server request threads"
							: name.startsWith("HttpClient") ? CLIENT : "other Java threads");
		}

		CpuSplit(AtomicLong callers, Function<String, String> groupOf) {
			this.callers = callers;
			this.groupOf = groupOf;
		}

		Reading read() {
			var threads = ManagementFactory.getThreadMXBean();
			Map<Long, Long> cpu = new HashMap<>();
			Map<Long, String> names = new HashMap<>();
			for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info != null) {
					cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
					names.put(info.getThreadId(), info.getThreadName());
				}
			}
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			return new Reading(cpu, names, os.getProcessCpuTime(), this.callers == null ? 0 : this.callers.get(),
					ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
		}

		void add(Reading before, int operations) {
			Reading after = read();
			long java = after.callers() - before.callers();
			if (this.callers != null) {
				count(CLIENT, java);
			}
			for (Map.Entry<Long, Long> thread : after.threads().entrySet()) {
				long spent = thread.getValue() - before.threads().getOrDefault(thread.getKey(), 0L);
				String group = this.groupOf.apply(after.names().get(thread.getKey()));
				if (thread.getValue() < 0 || spent <= 0 || group == null) {
					continue;
				}
				count(group, spent);
				java += spent;
			}
			count("JVM's own (GC, JIT)", Math.max(0, after.process() - before.process() - java));
			// elapsed, not CPU: a compilation waiting for a core counts, so it may exceed
			// the JVM's own CPU
			count("the JIT's compilations (elapsed)", (after.compilingMillis() - before.compilingMillis()) * 1_000_000);
			count("process", after.process() - before.process());
			this.operations += operations;
		}

		private void count(String what, long spent) {
			this.nanos.merge(what, spent, Long::sum);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			this.nanos.forEach((what, spent) -> text.append(text.isEmpty() ? "" : ", ")
				.append(what)
				.append(" ")
				.append("%,.0f".formatted(spent / 1e3 / this.operations)));
			return text.toString();
		}

	}

	/** Percentiles of a list of samples. */
	static final class Stats {

		private final List<Double> samples = new ArrayList<>();

		void add(double sample) {
			this.samples.add(sample);
		}

		int size() {
			return this.samples.size();
		}

		double percentile(int p) {
			List<Double> sorted = this.samples.stream().sorted().toList();
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
		}

		String summary() {
			return "p50 %s, p95 %s, p99 %s (n=%d)".formatted(ms(percentile(50)), ms(percentile(95)), ms(percentile(99)),
					this.samples.size());
		}

		/** two decimals under 10 ms, where the indicator queries' ratios are read */
		private static String ms(double value) {
			return (value < 10 ? "%.2f" : "%.1f").formatted(value);
		}

	}

	/** Writes one run's table between its markers in docs/benchmarks.md. */
	static final class Report {

		static void write(Path file, String database, int patients, Map<String, String> results) throws IOException {
			String start = "<!-- results:" + database + ":" + patients + ":start -->";
			String end = "<!-- results:" + database + ":" + patients + ":end -->";
			StringBuilder table = new StringBuilder(start).append('\n');
			table.append("\n### ")
				.append(database)
				.append(", ")
				.append("%,d".formatted(patients))
				.append(" patients\n\n");
			table.append("Run %s on %d cores, %s, Java %s, max heap %,d MiB.\n\n".formatted(LocalDate.now(),
					Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
					System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20));
			table.append("| measure | result |\n|---|---|\n");
			results
				.forEach((name, value) -> table.append("| ").append(name).append(" | ").append(value).append(" |\n"));
			table.append('\n').append(end);
			String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
			int from = text.indexOf(start);
			int to = text.indexOf(end);
			text = from >= 0 && to > from ? text.substring(0, from) + table + text.substring(to + end.length())
					: text.stripTrailing() + "\n\n" + table + "\n";
			Files.writeString(file, text);
		}

	}

}
