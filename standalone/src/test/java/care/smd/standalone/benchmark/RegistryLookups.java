package care.smd.standalone.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

import org.flywaydb.core.Flyway;

import care.smd.standalone.benchmark.BenchmarkSuite.Stats;
import care.smd.standalone.support.Databases;

/**
 * A one-off measure, beside the suite: reading a level of a national-size jurisdiction
 * registry (690,897 codes: 31 provinces down to 644,490 communities) on the schema before
 * migration V13 with the old query, then after it with the new one (docs/benchmarks.md,
 * session 13). The suite's registry has a community per 80 patients, 12,500 at 1,000,000,
 * too few to show it. Run:
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -pl standalone -Dexec.classpathScope=test
 * -Dexec.mainClass=care.smd.standalone.benchmark.RegistryLookups}
 */
public final class RegistryLookups {

	/** the query of Jurisdictions.children before V13 */
	private static final String LIKE = "select code, name, population from q_jurisdiction "
			+ "where code_length = ? and code like ? order by code";

	/** the query of Jurisdictions.children since V13 */
	private static final String RANGE = "select code, name, population from q_jurisdiction "
			+ "where code_length = ? and code between ? and ? order by code";

	private RegistryLookups() {
	}

	public static void main(String[] args) throws Exception {
		String url = Databases.newPostgresDatabase();
		migrate(url, "12");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			fill(statement);
			time(connection, "provinces, before V13", LIKE, 2, "%");
			time(connection, "township 330101001, before V13", LIKE, 12, "330101001%");
			migrate(url, "13");
			statement.execute("analyze q_jurisdiction");
			time(connection, "provinces, since V13", RANGE, 2, "00", "99");
			time(connection, "township 330101001, since V13", RANGE, 12, "330101001000", "330101001999");
		}
		System.exit(0);
	}

	static void migrate(String url, String target) {
		Flyway.configure()
			.dataSource(url, "postgres", "postgres")
			.locations("classpath:db/migration/postgresql")
			.target(target)
			.load()
			.migrate();
	}

	/** 31 provinces x 11 prefectures x 9 counties x 14 townships x 15 communities. */
	private static void fill(Statement statement) throws Exception {
		String[] levels = { "lpad(p::text,2,'0')", "lpad(f::text,2,'0')", "lpad(k::text,2,'0')", "lpad(t::text,3,'0')",
				"lpad(v::text,3,'0')" };
		String[] series = { "generate_series(11,41) p", "generate_series(1,11) f", "generate_series(1,9) k",
				"generate_series(1,14) t", "generate_series(1,15) v" };
		int length = 0;
		for (int level = 0; level < levels.length; level++) {
			length += level < 3 ? 2 : 3;
			statement.execute("insert into q_jurisdiction (code_length, population, code, name) select " + length
					+ ", 1, " + String.join("||", Arrays.copyOf(levels, level + 1)) + ", 'n' from "
					+ String.join(", ", Arrays.copyOf(series, level + 1)));
		}
		statement.execute("analyze q_jurisdiction");
		try (ResultSet count = statement.executeQuery("select count(*) from q_jurisdiction")) {
			count.next();
			System.out.printf("%,d codes%n", count.getLong(1));
		}
	}

	/** 200 timed reads after 50 untimed ones. */
	static void time(Connection connection, String label, String sql, Object... parameters) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			Stats millis = new Stats();
			int rows = 0;
			for (int i = -50; i < 200; i++) {
				long start = System.nanoTime();
				rows = 0;
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						rows++;
					}
				}
				if (i >= 0) {
					millis.add((System.nanoTime() - start) / 1e6);
				}
			}
			System.out.printf("%-44s %5d rows, ms: p50 %.3f, p95 %.3f%n", label, rows, millis.percentile(50),
					millis.percentile(95));
		}
	}

}
