package care.smd.standalone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.smd.kernel.indicator.Period;
import care.smd.kernel.patient.PatientId;
import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.RandomHistories;

/**
 * For random case histories, every indicator the projections answer (any level, any kind
 * of period, complete or running) equals the slow recomputation of
 * {@link NaiveIndicators} from the raw events.
 */
abstract class IndicatorPropertyContract {

	static final List<String> PERIODS = List.of("2024", "2025", "2026", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4",
			"2026-Q3", "2026-Q4", "2025-06", "2026-02", "2026-11");

	private static final AtomicInteger COUNTY = new AtomicInteger(10);

	static ConfigurableApplicationContext app;

	static void start(String... databaseArgs) {
		List<String> args = new ArrayList<>(List.of("--server.port=0"));
		args.addAll(List.of(databaseArgs));
		app = new SpringApplicationBuilder(StandaloneApplication.class, FixedClock.class).profiles("demo")
			.run(args.toArray(String[]::new));
	}

	static void stop() {
		app.close();
	}

	@Property(tries = 10)
	void everyIndicatorEqualsARecomputationFromTheRawEvents(@ForAll long seed,
			@ForAll @IntRange(min = 3, max = 10) int patients) {
		String county = "3195" + String.format("%02d", COUNTY.getAndIncrement());
		RandomHistories histories = new RandomHistories(app.getBean(CommandGateway.class), seed, FixedClock.TODAY);
		List<String> communities = histories.county(county);
		List<PatientId> ids = histories.patients(communities, patients);
		NaiveIndicators naive = new NaiveIndicators();
		EventStore store = app.getBean(EventStore.class);
		for (PatientId id : ids) {
			// from the first event: readEvents(id) starts at the case's snapshot
			naive.add(id.value(), store.readEvents(id.value(), 0).asStream().toList());
		}
		long position = app.getBean(JdbcTemplate.class)
			.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
		List<String> prefixes = new ArrayList<>(List.of(county, county + "001", county + "002"));
		prefixes.addAll(communities);
		for (String prefix : prefixes) {
			long population = prefix.length() == 6 ? 200_000 : prefix.length() == 9 ? 50_000 : 5_000;
			for (String key : PERIODS) {
				Period period = Period.parse(key);
				Answer answer = api.get("admin", "/api/indicators?jurisdiction=" + prefix + "&period=" + key,
						Map.of("X-Consistency-Token", Long.toString(position)));
				assertThat(answer.header("X-Consistency")).isEqualTo("current");
				Map<String, long[]> expected = naive.compute(prefix, period.start(), period.end(),
						elapsedQuarters(period), population);
				for (JsonNode indicator : answer.body().path("indicators")) {
					String code = indicator.path("code").asText();
					long[] want = expected.get(code);
					String where = "seed " + seed + ", " + prefix + " " + key + " " + code;
					assertThat(indicator.path("numerator").asLong()).as(where + " numerator").isEqualTo(want[0]);
					assertThat(indicator.path("denominator").asLong(-1)).as(where + " denominator").isEqualTo(want[1]);
				}
			}
		}
	}

	/**
	 * The period's whole calendar quarters that ended by today, as [start, end] pairs.
	 */
	private static List<LocalDate[]> elapsedQuarters(Period period) {
		List<LocalDate[]> quarters = new ArrayList<>();
		if (period.kind() == Period.Kind.MONTH) {
			return quarters;
		}
		int first = period.kind() == Period.Kind.YEAR ? 1 : period.number();
		int last = period.kind() == Period.Kind.YEAR ? 4 : period.number();
		for (int q = first; q <= last; q++) {
			LocalDate start = LocalDate.of(period.year(), q * 3 - 2, 1);
			LocalDate end = start.plusMonths(3).minusDays(1);
			if (!end.isAfter(FixedClock.TODAY)) {
				quarters.add(new LocalDate[] { start, end });
			}
		}
		return quarters;
	}

}
