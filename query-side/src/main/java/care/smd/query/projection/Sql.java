package care.smd.query.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the read models write differently on PostgreSQL: a batch's rows as arrays in one
 * statement ({@code insert ... select * from unnest(...)}), where a statement per row
 * kept the read models waiting on the database for most of a replay (docs/benchmarks.md,
 * session 9).
 */
public final class Sql {

	private Sql() {
	}

	public static boolean isPostgresql(JdbcTemplate jdbc) {
		return "PostgreSQL".equals(jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName()));
	}

	/**
	 * Binds the rows as one array parameter per column, in order: column {@code c} of
	 * every row becomes parameter {@code c + 1}.
	 * @param types the PostgreSQL element type of each column ({@code varchar},
	 * {@code int4} ...)
	 */
	public static void bindRows(PreparedStatement statement, List<String> types, List<Object[]> rows)
			throws SQLException {
		Connection connection = statement.getConnection();
		for (int c = 0; c < types.size(); c++) {
			Object[] column = new Object[rows.size()];
			for (int r = 0; r < rows.size(); r++) {
				column[r] = rows.get(r)[c];
			}
			statement.setArray(c + 1, connection.createArrayOf(types.get(c), column));
		}
	}

}
