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
	 * Binds each column's values as one array parameter, in order.
	 * @param types the PostgreSQL element type of each column ({@code varchar},
	 * {@code int4} ...)
	 */
	public static void bindColumns(PreparedStatement statement, List<String> types, Object[][] columns)
			throws SQLException {
		Connection connection = statement.getConnection();
		for (int c = 0; c < columns.length; c++) {
			statement.setArray(c + 1, connection.createArrayOf(types.get(c), columns[c]));
		}
	}

}
