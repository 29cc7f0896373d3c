package care.smd.query.projection;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the read models write differently on PostgreSQL: a batch's rows as arrays in one
 * statement ({@code insert ... select * from unnest(...)}), where a statement per row
 * kept the read models waiting on the database for most of a replay (docs/benchmarks.md,
 * session 9); rows that cannot meet a stored one copied in ({@link #copyRows}).
 */
public final class Sql {

	/** what PostgreSQL's binary format counts its dates from */
	private static final long POSTGRESQL_EPOCH = LocalDate.of(2000, 1, 1).toEpochDay();

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

	/**
	 * Appends the rows with {@code COPY} in PostgreSQL's binary format: no statement to
	 * plan, no arrays to build and take apart, and the server stores the rows a page at a
	 * time. A case history's entries went in with a server's CPU a sixth lower than as
	 * one statement of arrays (docs/benchmarks.md, session 38). No row may conflict with
	 * a stored one: a key met twice fails the whole copy. In the transaction of the
	 * template's data source, as its statements are.
	 * @param into the table and its columns, {@code table (a, b, c)}
	 * @param columns how many of each row's values, from the first, are the columns':
	 * {@code String} (text), {@code Long} ({@code bigint}), {@code Integer}
	 * ({@code integer}), {@code Short} ({@code smallint}), {@code Boolean}
	 * ({@code boolean}), {@code LocalDate} ({@code date}), {@code byte[]} (UTF-8 text as
	 * it is, or {@code bytea}), or null
	 * @return the rows copied
	 */
	public static long copyRows(JdbcTemplate jdbc, String into, int columns, Collection<Object[]> rows) {
		return jdbc.execute((ConnectionCallback<Long>) (connection) -> copyRows(connection, into, columns, rows));
	}

	/** {@link #copyRows(JdbcTemplate, String, int, Collection)} on the connection. */
	public static long copyRows(Connection connection, String into, int columns, Collection<Object[]> rows)
			throws SQLException {
		// sent in pieces of the driver's 64 KB: a batch's 2 MB in one array made the
		// collector's pauses twice as many in a rebuild
		PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
				"copy " + into + " from stdin (format binary)");
		try {
			// the driver's stream takes no byte above 127 one at a time
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(copy, 1 << 13));
			out.writeBytes("PGCOPY\n\377\r\n\0");
			out.writeInt(0); // flags
			out.writeInt(0); // no header extension
			for (Object[] row : rows) {
				out.writeShort(columns);
				for (int c = 0; c < columns; c++) {
					field(out, row[c]);
				}
			}
			out.writeShort(-1);
			out.flush();
			return copy.endCopy();
		}
		catch (IOException ex) {
			throw (ex.getCause() instanceof SQLException failed) ? failed : new SQLException(ex);
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void field(DataOutputStream out, Object value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
		}
		else if (value instanceof Long number) {
			out.writeInt(Long.BYTES);
			out.writeLong(number);
		}
		else if (value instanceof Integer number) {
			out.writeInt(Integer.BYTES);
			out.writeInt(number);
		}
		else if (value instanceof Short number) {
			out.writeInt(Short.BYTES);
			out.writeShort(number);
		}
		else if (value instanceof Boolean flag) {
			out.writeInt(1);
			out.writeByte(flag ? 1 : 0);
		}
		else if (value instanceof LocalDate date) {
			out.writeInt(Integer.BYTES);
			out.writeInt(Math.toIntExact(date.toEpochDay() - POSTGRESQL_EPOCH));
		}
		else {
			byte[] bytes = (value instanceof byte[] raw) ? raw : ((String) value).getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}
	}

}
