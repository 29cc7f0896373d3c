package care.smd.standalone.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Hibernate's statistics, counted from nothing while a test's action runs. */
public final class HibernateStatistics {

	/** What runs with the statistics on; it may assert on them. */
	@FunctionalInterface
	public interface Counted {

		void run(Statistics statistics) throws Exception;

	}

	private HibernateStatistics() {
	}

	/** Runs the action with statistics cleared and on, and turns them off after it. */
	public static void during(EntityManagerFactory persistence, Counted action) throws Exception {
		Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			action.run(statistics);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

}
