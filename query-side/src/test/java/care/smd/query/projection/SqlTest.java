package care.smd.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch's rows go to PostgreSQL as one typed array per column, or copied in, and come
 * back as they were: text with quotes, backslashes, braces, commas, tabs and Chinese,
 * nulls, days before and after 2000, and numbers.
 */
class SqlTest {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void rowsComeBackAsTheyWereBound() throws SQLException {
		List<Object[]> rows = List.of(
				new Object[] { "{\"note\":\"家属说 \\\"好\\\", {ok}\"}", LocalDate.of(2024, 2, 29), 7, 12_345_678_901L },
				new Object[] { "back\\slash, NULL", LocalDate.of(1999, 12, 31), -1, 0L },
				new Object[] { null, null, null, null }, new Object[] { "", LocalDate.of(2026, 1, 1), 0, -5L });
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement statement = connection.prepareStatement("select * from unnest("
						+ "cast(? as varchar[]), cast(? as date[]), cast(? as int[]), cast(? as bigint[])) with ordinality")) {
			Sql.bindRows(statement, List.of("varchar", "date", "int4", "int8"), rows);
			List<Object[]> read = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					read.add(new Object[] { result.getString(1), result.getObject(2, LocalDate.class),
							result.getObject(3, Integer.class), result.getObject(4, Long.class) });
				}
			}
			assertThat(read).containsExactlyElementsOf(rows);
		}
	}

	@Test
	void copiedRowsComeBackAsTheyWere() throws SQLException {
		List<Object[]> rows = List
			.of(new Object[] { "{\"note\":\"家属说 \\\"好\\\"\tok\"}", LocalDate.of(2024, 2, 29), 12_345_678_901L,
					"back\\slash\nNULL".getBytes(StandardCharsets.UTF_8), Integer.MIN_VALUE, true, Short.MIN_VALUE },
					new Object[] { "1999", LocalDate.of(1999, 12, 31), -5L, "患者".getBytes(StandardCharsets.UTF_8), 5,
							false, (short) 3 },
					new Object[] { null, null, null, null, null, null, null },
					new Object[] { "", LocalDate.of(2000, 1, 1), 0L, new byte[0], 0, true, (short) 0 });
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create temporary table copied (n serial, t varchar(100), d date, b bigint, j text,"
					+ " i integer, f boolean, s smallint)");
			assertThat(Sql.copyRows(connection, "copied (t, d, b, j, i, f, s)", 7, rows)).isEqualTo(4);
			List<Object[]> read = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("select t, d, b, j, i, f, s from copied order by n")) {
				while (result.next()) {
					String json = result.getString(4);
					read.add(new Object[] { result.getString(1), result.getObject(2, LocalDate.class),
							result.getObject(3, Long.class),
							(json == null) ? null : json.getBytes(StandardCharsets.UTF_8),
							result.getObject(5, Integer.class), result.getObject(6, Boolean.class),
							result.getObject(7, Short.class) });
				}
			}
			assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(rows);
		}
	}

	@Test
	void aCopyThatFailsLeavesNothingAndTheConnectionUsable() throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create temporary table keyed (k bigint primary key, t text)");
			List<Object[]> twice = List.of(new Object[] { 1L, "a" }, new Object[] { 2L, "b" },
					new Object[] { 1L, "again" });
			assertThatThrownBy(() -> Sql.copyRows(connection, "keyed (k, t)", 2, twice))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("duplicate key");
			List<Object[]> unknown = List.of(new Object[] { 3L, "c" }, new Object[] { 4L, 4.5 });
			assertThatThrownBy(() -> Sql.copyRows(connection, "keyed (k, t)", 2, unknown))
				.isInstanceOf(ClassCastException.class);
			try (ResultSet count = statement.executeQuery("select count(*) from keyed")) {
				count.next();
				assertThat(count.getLong(1)).isZero();
			}
		}
	}

}
