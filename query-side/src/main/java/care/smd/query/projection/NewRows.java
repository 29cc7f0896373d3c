package care.smd.query.projection;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts the rows a batch made new. A batch of a rebuild in the order of the cases
 * copies them in on PostgreSQL, as it does the history: Hibernate's inserts, one
 * statement each, took the server 22.7 µs a case view in a rebuild at 100,000 patients
 * (docs/benchmarks.md, session 39), and every case in such a rebuild is new. Every other
 * batch persists them, so that they are managed like any row it reads.
 */
@Component
public class NewRows {

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final boolean postgresql;

	NewRows(EntityManager entities, JdbcTemplate jdbc) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.postgresql = Sql.isPostgresql(jdbc);
	}

	/**
	 * Inserts the rows, at the latest when the batch commits; a row must not change
	 * after.
	 * @param copyInto the table and the columns of {@code row}'s values,
	 * {@code table (a, b, c)}
	 * @param row a row's values in the columns' order, of the types
	 * {@link Sql#copyRows(JdbcTemplate, String, int, Collection)} takes
	 */
	public <E> void insert(Collection<E> rows, String copyInto, Function<E, Object[]> row) {
		if (rows.isEmpty()) {
			return;
		}
		if (this.postgresql && CaseOrderRebuild.handlesTheCurrentBatch()) {
			List<Object[]> values = rows.stream().map(row).toList();
			Sql.copyRows(this.jdbc, copyInto, values.get(0).length, values);
		}
		else {
			rows.forEach(this.entities::persist);
		}
	}

}
