package care.smd.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties a read model's tables at a reset, in the reset's transaction, while its
 * processor is stopped.
 * <p>
 * PostgreSQL truncates them. A delete left every row dead in the table and in its indexes
 * until a vacuum came: it took 12 s of a rebuild at 1,000,000 patients, and the rebuild's
 * inserts then went in beside the dead rows, each new key checked against its dead
 * namesake in the index (docs/benchmarks.md, session 35). A truncate holds the tables
 * locked from the reset to its commit: a case-file read meanwhile waits for that instead
 * of reading the rows that are going.
 * <p>
 * H2 deletes the rows: its truncate would commit the reset's transaction half way.
 */
@Component
public class ReadModelTables {

	private final JdbcTemplate jdbc;

	private final boolean postgresql;

	public ReadModelTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgresql = Sql.isPostgresql(jdbc);
	}

	public void empty(String... tables) {
		if (this.postgresql) {
			this.jdbc.execute("truncate table " + String.join(", ", tables));
		}
		else {
			for (String table : tables) {
				this.jdbc.update("delete from " + table);
			}
		}
	}

}
