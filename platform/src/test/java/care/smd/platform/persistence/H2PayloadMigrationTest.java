package care.smd.platform.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded database written before V9 keeps its events: the payloads that lived in
 * H2's LOB store come back byte for byte from the row.
 */
class H2PayloadMigrationTest {

	@TempDir
	Path directory;

	@Test
	void eventsStoredAsLobsReadBackUnchangedFromTheRow() {
		JdbcDataSource database = new JdbcDataSource();
		// open until shut down, as under the application's connection pool: opened anew
		// on
		// each connection, H2 could still be closing after Flyway when the next query
		// came
		database.setURL("jdbc:h2:file:" + this.directory.resolve("smd") + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1");
		database.setUser("sa");
		migrate(database, "8");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		byte[] payload = "{\"patientId\":\"p-1\",\"note\":\"随访\"}".getBytes(StandardCharsets.UTF_8);
		jdbc.update("insert into domain_event_entry (global_index, sequence_number, aggregate_identifier, "
				+ "event_identifier, payload_type, time_stamp, type, meta_data, payload) "
				+ "values (1, 0, 'p-1', 'e-1', 'care.smd.kernel.patient.PatientRegistered', "
				+ "'2026-11-23T08:00:00Z', 'Patient', ?, ?)", "{}".getBytes(StandardCharsets.UTF_8), payload);
		assertThat(type(jdbc, "PAYLOAD")).isEqualTo("BINARY LARGE OBJECT");

		migrate(database, "latest");

		assertThat(type(jdbc, "PAYLOAD")).isEqualTo("BINARY VARYING");
		assertThat(jdbc.queryForObject("select payload from domain_event_entry where global_index = 1", byte[].class))
			.isEqualTo(payload);
		assertThat(jdbc.queryForObject("select is_nullable from information_schema.columns "
				+ "where table_name = 'DOMAIN_EVENT_ENTRY' and column_name = 'PAYLOAD'", String.class))
			.isEqualTo("NO");
		jdbc.execute("shutdown");
		assertThat(jdbc.queryForObject("select payload from domain_event_entry where global_index = 1", byte[].class))
			.as("after the database is opened again")
			.isEqualTo(payload);
	}

	private static void migrate(JdbcDataSource database, String target) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration/h2").target(target).load().migrate();
	}

	private static String type(JdbcTemplate jdbc, String column) {
		return jdbc.queryForObject("select data_type from information_schema.columns "
				+ "where table_name = 'DOMAIN_EVENT_ENTRY' and column_name = ?", String.class, column);
	}

}
