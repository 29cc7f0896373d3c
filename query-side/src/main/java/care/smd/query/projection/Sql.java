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
	 * every row becomes parameter {@code c + 1}. Each column goes as a typed Java array,
	 * which the PostgreSQL driver sends in binary; an array of objects it would write as
	 * one escaped text literal, which a batch's case history (JSON with Chinese text)
	 * made the largest allocation of a replay (docs/benchmarks.md, session 11).
	 * @param types the PostgreSQL element type of each column: {@code varchar},
	 * {@code int4}, {@code int8}, {@code bytea} (of {@code byte[]} values), or
	 * {@code date}, which goes as text (the statement casts it)
	 */
	public static void bindRows(PreparedStatement statement, List<String> types, List<Object[]> rows)
			throws SQLException {
		Connection connection = statement.getConnection();
		for (int c = 0; c < types.size(); c++) {
			String type = types.get(c);
			Object[] column = switch (type) {
				case "int4" -> new Integer[rows.size()];
				case "int8" -> new Long[rows.size()];
				case "varchar", "date" -> new String[rows.size()];
				case "bytea" -> new byte[rows.size()][];
				default -> throw new IllegalArgumentException("no binary array of " + type);
			};
			boolean days = type.equals("date");
			for (int r = 0; r < rows.size(); r++) {
				Object value = rows.get(r)[c];
				column[r] = days && value != null ? value.toString() : value;
			}
			statement.setArray(c + 1, connection.createArrayOf(days ? "varchar" : type, column));
		}
	}

}
