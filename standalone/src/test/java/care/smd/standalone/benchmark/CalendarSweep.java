package care.smd.standalone.benchmark;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.smd.standalone.benchmark.BenchmarkSuite.Stats;

/**
 * Benchmark 6: the calendar sweep that raises overdue follow-ups (every minute on every
 * read node). The first sweep over the data set raises an alert for each overdue case;
 * later sweeps find the same cases still overdue and must cost what the day's new ones
 * cost, not what the country's overdue ones do. Baseline: reading the overdue cases with
 * raw JDBC, the least any sweep that looks at them must do.
 */
final class CalendarSweep {

	private static final String OVERDUE = "select id, jurisdiction, next_due from q_case_view "
			+ "where status in ('ACTIVE', 'LOST') and in_hospital = false and next_due < ?";

	private final ConfigurableApplicationContext app;

	private final JdbcTemplate jdbc;

	private final BiConsumer<String, String> put;

	CalendarSweep(ConfigurableApplicationContext app, JdbcTemplate jdbc, BiConsumer<String, String> put) {
		this.app = app;
		this.jdbc = jdbc;
		this.put = put;
	}

	void measure() throws Exception {
		Runnable sweep = sweep();
		long start = System.nanoTime();
		sweep.run();
		double first = BenchmarkSuite.millis(start) / 1000;
		Long raised = this.jdbc.queryForObject("select count(*) from q_alert where kind = 'FOLLOW_UP_OVERDUE'",
				Long.class);
		this.put.accept("6. calendar sweep, the first: s (overdue alerts raised)",
				"%.1f (%,d)".formatted(first, raised));
		// the day the sweep sees, on the application's clock (China's)
		LocalDate today = LocalDate.now(this.app.getBean(Clock.class));
		Stats again = new Stats();
		Stats baseline = new Stats();
		int overdue = 0;
		for (int i = 0; i < 5; i++) {
			start = System.nanoTime();
			sweep.run();
			again.add(BenchmarkSuite.millis(start));
			start = System.nanoTime();
			overdue = this.jdbc.query(OVERDUE, (rs, n) -> rs.getString(1), today).size();
			baseline.add(BenchmarkSuite.millis(start));
		}
		this.put.accept("6. overdue cases read by the baseline", "%,d".formatted(overdue));
		this.put.accept("6. calendar sweep, each later one (nothing new), ms", again.summary());
		this.put.accept("6. baseline: the overdue cases read with raw JDBC, ms", baseline.summary());
		this.put.accept("6. later sweep p50 / baseline p50",
				"%.2f×".formatted(again.percentile(50) / baseline.percentile(50)));
	}

	/**
	 * The sweep as the scheduler runs it. It is internal to the query side, so it is
	 * reached by reflection rather than made public for a benchmark.
	 */
	private Runnable sweep() throws ReflectiveOperationException {
		Class<?> type = Class.forName("care.smd.query.alert.AlertSweep");
		Object bean = this.app.getBean(type);
		Method method = type.getDeclaredMethod("sweep");
		method.setAccessible(true);
		return () -> {
			try {
				method.invoke(bean);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

}
