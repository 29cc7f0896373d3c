package care.smd.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch's rows go to PostgreSQL as one typed array per column and come back as they
 * were: text with quotes, backslashes, braces, commas and Chinese, nulls, days and
 * numbers.
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

}
