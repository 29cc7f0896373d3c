package care.smd.standalone.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;

import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.standalone.support.Databases;

/**
 * A one-off measure, beside the suite: a doctor's lists over 1,000,000 case views (the
 * suite's shape: one province, 12,500 communities of 80 cases), read by jurisdiction with
 * {@code like 'prefix%'} as until session 14 and with the range of community codes since
 * (docs/benchmarks.md, session 14). The SQL is what the case search and the due worklist
 * send. Run:
 * {@code ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -pl standalone -Dexec.classpathScope=test
 * -Dexec.mainClass=care.smd.standalone.benchmark.CaseListLookups}, with
 * {@code -Dexec.args=16} for the schema of migration V16.
 */
public final class CaseListLookups {

	private static final String SEARCH = "select id, name, jurisdiction, status from q_case_view where %s "
			+ "order by registered_on desc, id fetch first 20 rows only";

	private static final String DUE = "select id, name, jurisdiction, next_due from q_case_view where %s "
			+ "and status in ('ACTIVE', 'LOST') and in_hospital = false and next_due <= ? order by next_due, id";

	/**
	 * The due worklist's page since session 15: sorted by the database, high-risk first.
	 */
	private static final String DUE_PAGE = "select id, name, jurisdiction, next_due from q_case_view "
			+ "where jurisdiction between ? and ? and status in ('ACTIVE', 'LOST') and in_hospital = false "
			+ "and next_due <= ? order by case when latest_classification = 'UNSTABLE' "
			+ "or latest_danger_level >= 3 then 0 else 1 end, next_due, id offset 0 rows fetch first 100 rows only";

	private static final String DUE_COUNT = "select count(*) from q_case_view where jurisdiction between ? and ? "
			+ "and status in ('ACTIVE', 'LOST') and in_hospital = false and next_due <= ?";

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private CaseListLookups() {
	}

	public static void main(String[] args) throws Exception {
		String url = Databases.newPostgresDatabase();
		// an older schema version to compare with, as -Dexec.args=16
		RegistryLookups.migrate(url, args.length > 0 ? args[0] : "latest");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			fill(statement);
			String like = "jurisdiction like ?";
			String range = "jurisdiction between ? and ?";
			for (String prefix : new String[] { "330101001001", "330101", "3301", "33" }) {
				CodeRange communities = CodeRange.communitiesUnder(prefix);
				String low = communities.low();
				String high = communities.high();
				// whole lists for a community and a county only: a prefecture's or the
				// province's is what the worklist's pages are for
				if (prefix.length() >= 6) {
					RegistryLookups.time(connection, "search " + prefix + ", like", SEARCH.formatted(like),
							prefix + "%");
					RegistryLookups.time(connection, "search " + prefix + ", range", SEARCH.formatted(range), low,
							high);
					RegistryLookups.time(connection, "due " + prefix + ", like", DUE.formatted(like), prefix + "%",
							TODAY);
					RegistryLookups.time(connection, "due " + prefix + ", range", DUE.formatted(range), low, high,
							TODAY);
				}
				RegistryLookups.time(connection, "due " + prefix + ", first page of 100", DUE_PAGE, low, high, TODAY);
				RegistryLookups.time(connection, "due " + prefix + ", count", DUE_COUNT, low, high, TODAY);
			}
			subscriptions(statement, connection);
		}
		System.exit(0);
	}

	/**
	 * The subscriptions an alert of one community reaches, among 100,000: doctors and
	 * care-team members in the 12,500 communities (99,000), admins of counties (990), 10
	 * national; looked up by {@code like} against every stored scope (until session 15)
	 * and by the scopes that cover the community.
	 */
	private static void subscriptions(Statement statement, Connection connection) throws Exception {
		String code = "'33' || lpad((1 + c / 2500)::text, 2, '0') || lpad((1 + c / 250 % 10)::text, 2, '0') "
				+ "|| lpad((1 + c / 50 % 5)::text, 3, '0') || lpad((1 + c % 50)::text, 3, '0')";
		statement.execute("insert into notification_subscription (created_at, scope, channel, id, roles, username, "
				+ "address, kinds) select timestamp '2026-01-01', case when g < 99000 then " + code
				+ " when g < 99990 then left(" + code + ", 6) else '' end, 'SMS', md5(g::text), 'DOCTOR', "
				+ "'u' || g, '13700000000', '' from (select g, g % 12500 as c from generate_series(0, 99999) g) s");
		statement.execute("analyze notification_subscription");
		String community = "330101001001";
		java.sql.Timestamp caused = java.sql.Timestamp.valueOf("2026-11-01 00:00:00");
		RegistryLookups.time(connection, "subscriptions of " + community + ", like",
				"select * from notification_subscription where created_at <= ? and ? like scope || '%'", caused,
				community);
		String covering = String.join(", ", java.util.Collections.nCopies(community.length() + 1, "?"));
		Object[] parameters = new Object[community.length() + 2];
		parameters[0] = caused;
		for (int n = 0; n <= community.length(); n++) {
			parameters[n + 1] = community.substring(0, n);
		}
		RegistryLookups.time(connection, "subscriptions of " + community + ", covering scopes",
				"select * from notification_subscription where created_at <= ? and scope in (" + covering + ")",
				parameters);
	}

	/** 5 prefectures x 10 counties x 5 townships x 50 communities x 80 cases. */
	private static void fill(Statement statement) throws Exception {
		// 7.4% unstable, as the suite's data (domain.md section 12)
		statement.execute("insert into q_case_view (id, name, jurisdiction, status, in_hospital, care_team, version, "
				+ "next_due, registered_on, latest_classification, latest_danger_level) select md5(g::text), 'n', "
				+ "'33' || lpad((1 + g / 200000)::text, 2, '0') || lpad((1 + g / 20000 % 10)::text, 2, '0') "
				+ "|| lpad((1 + g / 4000 % 5)::text, 3, '0') || lpad((1 + g / 80 % 50)::text, 3, '0'), "
				+ "case when g % 20 = 0 then 'LOST' else 'ACTIVE' end, g % 50 = 0, false, 0, "
				+ "date '2026-09-01' + g % 150, date '2015-01-01' + g % 4000, "
				+ "case when g % 1000 < 74 then 'UNSTABLE' else 'STABLE' end, case when g % 1000 < 74 then 3 else 0 end "
				+ "from generate_series(0, 999999) g");
		statement.execute("analyze q_case_view");
	}

}
