package care.smd.standalone.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's reads stay on an index under PostgreSQL's generic plan, the plan a
 * prepared statement may be given from its sixth execution on, so that what they cost
 * grows with what is asked (31 provinces), not with the registry (about 50,000 codes
 * here, 690,000 in the country). Every statement is planned generically from its first
 * execution, and each call's cost is read as the pages it touched (pg_stat_statements): a
 * count, not a time. A read of the provinces that leaves the level index (by the code's
 * length and a {@code like}) touches about 500 pages a call and fails; the statements as
 * they are touch 3 to 6. Session 19 saw, in a one-off probe, the generic plan of the
 * provinces' query range over the whole primary key with the level bound as a parameter,
 * and wrote the level in; bound again, the level still passes here (3 pages a call), so
 * this test does not reproduce that plan (docs/benchmarks.md, session 20).
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class PostgresRegistryPlansTest {

	/**
	 * 31 provinces, 10 prefectures each, 10 counties each, 5 townships each, 2
	 * communities each
	 */
	private static final String REGISTRY = """
			insert into q_jurisdiction (code, name, population, code_length)
			select code, 'generated ' || code, 1000, length(code) from (
			  select p::text as code from generate_series(11, 41) p
			  union all select p || lpad(f::text, 2, '0') from generate_series(11, 41) p, generate_series(1, 10) f
			  union all select p || lpad(f::text, 2, '0') || lpad(c::text, 2, '0')
			    from generate_series(11, 41) p, generate_series(1, 10) f, generate_series(1, 10) c
			  union all select p || lpad(f::text, 2, '0') || lpad(c::text, 2, '0') || lpad(t::text, 3, '0')
			    from generate_series(11, 41) p, generate_series(1, 10) f, generate_series(1, 10) c,
			      generate_series(1, 5) t
			  union all select p || lpad(f::text, 2, '0') || lpad(c::text, 2, '0') || lpad(t::text, 3, '0')
			      || lpad(r::text, 3, '0')
			    from generate_series(11, 41) p, generate_series(1, 10) f, generate_series(1, 10) c,
			      generate_series(1, 5) t, generate_series(1, 2) r
			) codes
			on conflict (code) do nothing""";

	/** the provinces' 31 rows and the index pages above them, with room to spare */
	private static final long PAGES_PER_CALL = 100;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.postgres(registry);
		registry.add("spring.datasource.hikari.connection-init-sql", () -> "set plan_cache_mode = force_generic_plan");
	}

	@Test
	void theProvincesAndTheCountrysPopulationAreReadFromAHandfulOfPagesWhateverTheRegistrysSize() {
		// straight into the read model: the plan depends on the rows, not their origin
		this.jdbc.update(REGISTRY);
		this.jdbc.execute("analyze q_jurisdiction");
		assertThat(this.jdbc.queryForObject("select count(*) from q_jurisdiction", Long.class)).isGreaterThan(40_000);
		this.jdbc.execute("create extension if not exists pg_stat_statements");
		this.jdbc.queryForList("select pg_stat_statements_reset()");
		Api api = new Api(this.port);

		for (int i = 0; i < 6; i++) {
			Answer provinces = api.get("admin", "/api/jurisdictions");
			assertThat(provinces.status()).as(provinces.raw()).isEqualTo(200);
			assertThat(provinces.body().path("children").size()).isGreaterThanOrEqualTo(31);
			Answer national = api.get("admin", "/api/indicators?period=2025");
			assertThat(national.status()).as(national.raw()).isEqualTo(200);
		}

		List<Map<String, Object>> statements = this.jdbc.queryForList("""
				select query, calls, shared_blks_hit + shared_blks_read as pages from pg_stat_statements
				where dbid = (select oid from pg_database where datname = current_database())
				  and query like '%q_jurisdiction%' and query not like '%pg_stat_statements%'
				  and query not like 'insert%' and query not like 'analyze%'""");
		assertThat(statements).as("the provinces' query and the national scope")
			.anySatisfy((s) -> assertThat((String) s.get("query")).contains("code_length", "order by"))
			.anySatisfy((s) -> assertThat((String) s.get("query")).contains("code_length", "sum("));
		assertThat(statements).allSatisfy(
				(s) -> assertThat(((Number) s.get("pages")).longValue()).as("pages per call of %s", s.get("query"))
					.isLessThanOrEqualTo(PAGES_PER_CALL * ((Number) s.get("calls")).longValue()));
	}

}
