package care.smd.standalone.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

/**
 * A one-off measure, beside the suite: reading a level of a national-size jurisdiction
 * registry (690,897 codes: 31 provinces down to 644,490 communities) with and without the
 * level index of migration V13 (docs/benchmarks.md, session 13). The suite's registry has
 * a community per 80 patients, 12,500 at 1,000,000, too few to show it. Run:
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -pl standalone -Dexec.classpathScope=test
 * -Dexec.mainClass=care.smd.standalone.benchmark.RegistryLookups}
 */
public final class RegistryLookups {

	private RegistryLookups() {
	}

	public static void main(String[] args) throws Exception {
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
				Connection c = pg.getPostgresDatabase().getConnection()) {
			Statement s = c.createStatement();
			s.execute(
					"create table q_jurisdiction (code_length integer not null, population bigint not null, code varchar(12) not null, name varchar(100) not null, primary key (code))");
			// 31 provinces x 11 prefectures x 9 counties x 14 townships x 15 communities
			// = 644,490 communities
			s.execute("insert into q_jurisdiction select 2, 1, lpad(p::text,2,'0'), 'p' from generate_series(11,41) p");
			s.execute(
					"insert into q_jurisdiction select 4, 1, lpad(p::text,2,'0')||lpad(f::text,2,'0'), 'f' from generate_series(11,41) p, generate_series(1,11) f");
			s.execute(
					"insert into q_jurisdiction select 6, 1, lpad(p::text,2,'0')||lpad(f::text,2,'0')||lpad(k::text,2,'0'), 'k' from generate_series(11,41) p, generate_series(1,11) f, generate_series(1,9) k");
			s.execute(
					"insert into q_jurisdiction select 9, 1, lpad(p::text,2,'0')||lpad(f::text,2,'0')||lpad(k::text,2,'0')||lpad(t::text,3,'0'), 't' from generate_series(11,41) p, generate_series(1,11) f, generate_series(1,9) k, generate_series(1,14) t");
			s.execute(
					"insert into q_jurisdiction select 12, 1, lpad(p::text,2,'0')||lpad(f::text,2,'0')||lpad(k::text,2,'0')||lpad(t::text,3,'0')||lpad(v::text,3,'0'), 'v' from generate_series(11,41) p, generate_series(1,11) f, generate_series(1,9) k, generate_series(1,14) t, generate_series(1,15) v");
			s.execute("analyze q_jurisdiction");
			ResultSet n = s.executeQuery("select count(*) from q_jurisdiction");
			n.next();
			System.out.println("rows " + n.getLong(1));
			String like = "select code, name, population from q_jurisdiction where code_length = ? and code like ? order by code";
			String range = "select code, name, population from q_jurisdiction where code_length = ? and code between ? and ? order by code";
			run(c, "national, like, no index", like, 2, "%", null);
			run(c, "township 330101001, like, no index", like, 12, "330101001%", null);
			run(c, "national, range, no index", range, 2, "00", "99");
			s.execute("create index ix_jurisdiction_level on q_jurisdiction (code_length, code)");
			s.execute("analyze q_jurisdiction");
			run(c, "national, like, index", like, 2, "%", null);
			run(c, "national, range, index", range, 2, "00", "99");
			run(c, "township 330101001, range, index", range, 12, "330101001000", "330101001999");
			run(c, "county 330101, range, index", range, 9, "330101000", "330101999");
		}
	}

	static void run(Connection c, String label, String sql, int len, String p1, String p2) throws Exception {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			long[] t = new long[200];
			int rows = 0;
			for (int i = -50; i < 200; i++) {
				long s = System.nanoTime();
				ps.setInt(1, len);
				ps.setString(2, p1);
				if (p2 != null)
					ps.setString(3, p2);
				rows = 0;
				try (ResultSet r = ps.executeQuery()) {
					while (r.next())
						rows++;
				}
				if (i >= 0)
					t[i] = System.nanoTime() - s;
			}
			Arrays.sort(t);
			System.out.printf("%-40s rows %4d  p50 %.3f ms  p95 %.3f ms%n", label, rows, t[100] / 1e6, t[190] / 1e6);
		}
	}

}
