package care.smd.query.patient;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientIdentityErased;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.platform.axon.EventJson;
import care.smd.platform.identity.SealedRegistrations;
import care.smd.query.projection.CaseOrderRebuild;
import care.smd.query.projection.PerBatch;
import care.smd.query.projection.Sql;

/**
 * Every event of a case, in the order it happened, for the case view's history: its day,
 * type and sequence, and the JSON of a registration only ({@link #json}). A batch's
 * entries are inserted together when it commits, in its transaction: one statement of
 * arrays on PostgreSQL, one JDBC batch elsewhere; an entry already stored (the same event
 * handled again) is left as it is. Before, each batch first read every recorded sequence
 * of its patients to skip those: 22% of the case views' work on live traffic
 * (docs/benchmarks.md, session 7).
 */
@Component
@ProcessingGroup(CaseViewProjection.GROUP)
class CaseHistoryProjection {

	private static final String PENDING = CaseHistoryProjection.class.getName() + ".pending";

	private static final String INSERT = "insert into q_case_history (patient_id, sequence, date, type, json) "
			+ "select cast(? as varchar(36)), cast(? as bigint), cast(? as date), cast(? as varchar(40)), "
			+ "cast(? as varchar(40000)) "
			+ "where not exists (select 1 from q_case_history where patient_id = ? and sequence = ?)";

	/**
	 * PostgreSQL: the batch's entries in one statement, as arrays; the JSON goes as UTF-8
	 * bytes, which the server reads as text
	 */
	private static final String INSERT_ALL = "insert into q_case_history (patient_id, sequence, date, type, json) "
			+ "select p, s, d, t, convert_from(j, 'UTF8') from unnest(cast(? as varchar[]), cast(? as bigint[]), "
			+ "cast(? as date[]), cast(? as varchar[]), cast(? as bytea[])) as entry(p, s, d, t, j) "
			+ "on conflict (patient_id, sequence) do nothing";

	/**
	 * PostgreSQL, a batch of a rebuild in the order of the cases: the entries copied in,
	 * the JSON as UTF-8 bytes
	 */
	private static final String COPY_INTO = "q_case_history (patient_id, sequence, date, type, json)";

	/**
	 * H2, a batch of a rebuild in the order of the cases: {@link #INSERT} without its
	 * check
	 */
	private static final String INSERT_NEW = "insert into q_case_history (patient_id, sequence, date, type, json) "
			+ "values (?, ?, ?, ?, ?)";

	/**
	 * the arrays of {@link #INSERT_ALL}; a pending row holds them, then the key again for
	 * H2
	 */
	private static final List<String> COLUMN_TYPES = List.of("varchar", "int8", "date", "varchar", "bytea");

	private static final int JSON = 4;

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final boolean postgresql;

	private final ObjectMapper json = EventJson.mapper();

	CaseHistoryProjection(EntityManager entities, JdbcTemplate jdbc) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.postgresql = Sql.isPostgresql(jdbc);
	}

	@EventHandler
	void on(PatientEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
		record(event, sequence);
	}

	/**
	 * The JSON the entry keeps: a registration's, written again with its identity plain
	 * as the history has always held it (once for the history and the case file,
	 * {@link RegistrationJson}), and forgotten at an erasure; none for any other event,
	 * whose JSON the case file reads from the store ({@link StoredEventJson}). A copy of
	 * every event was most of the history's bytes, and writing it most of a rebuild's
	 * writes: the hand-over at 100,000 patients took 23.6-24.0 s without it against
	 * 28.2-29.2 s (docs/benchmarks.md, session 39).
	 */
	private static byte[] json(PatientEvent event) throws JsonProcessingException {
		return event instanceof PatientRegistered registration ? RegistrationJson.of(registration) : null;
	}

	private void record(PatientEvent event, long sequence) throws JsonProcessingException {
		String patientId = event.patientId().value();
		pending().putIfAbsent(patientId + ":" + sequence, new Object[] { patientId, sequence, event.date(),
				event.getClass().getSimpleName(), json(event), patientId, sequence });
	}

	/**
	 * The batch's entries not yet inserted, by case and sequence; inserted when it
	 * commits.
	 */
	private Map<String, Object[]> pending() {
		return PerBatch.writtenAtCommit(PENDING, this::insert);
	}

	/**
	 * Inserts the entries in the batch's transaction. A batch of a rebuild in the order
	 * of the cases meets no stored entry: the rebuild empties the history first and hands
	 * over each event once (asked here, once a batch, while its unit of work is current
	 * until it commits). Its inserts skip the check for an entry already stored: on
	 * PostgreSQL the check (an insert that may conflict) cost about a quarter of the
	 * history's server CPU, 7.9-8.2 against 5.8-5.9 µs per entry ({@code HistoryInserts},
	 * docs/benchmarks.md, session 34), and since session 38 they are copied in, a sixth
	 * less again. Were an entry handed over twice, the key would refuse it and the
	 * rebuild would stop, not hold it twice.
	 */
	private void insert(Map<String, Object[]> entries) {
		if (entries.isEmpty()) {
			return;
		}
		boolean unseen = CaseOrderRebuild.handlesTheCurrentBatch();
		if (this.postgresql && unseen) {
			Sql.copyRows(this.jdbc, COPY_INTO, JSON + 1, entries.values());
		}
		else if (this.postgresql) {
			List<Object[]> rows = List.copyOf(entries.values());
			this.jdbc.execute(INSERT_ALL, (PreparedStatementCallback<Integer>) (statement) -> {
				Sql.bindRows(statement, COLUMN_TYPES, rows);
				return statement.executeUpdate();
			});
		}
		else {
			this.jdbc.batchUpdate(unseen ? INSERT_NEW : INSERT,
					entries.values().stream().map((row) -> withJsonText(row, unseen)).toList());
		}
		entries.clear();
	}

	/** The row for H2, its key repeated for the check unless the entry is unseen. */
	private static Object[] withJsonText(Object[] row, boolean unseen) {
		Object[] text = unseen ? Arrays.copyOf(row, JSON + 1) : row.clone();
		text[JSON] = row[JSON] == null ? null : new String((byte[]) row[JSON], StandardCharsets.UTF_8);
		return text;
	}

	/** The registration in the history forgets the person too. */
	@EventHandler
	void on(PatientIdentityErased event, @SequenceNumber long sequence) throws JsonProcessingException {
		record(event, sequence);
		// the registration may be among this batch's entries
		insert(pending());
		for (CaseHistoryEntry entry : this.entities
			.createQuery("select e from CaseHistoryEntry e where e.patientId = :id and e.type = 'PatientRegistered'",
					CaseHistoryEntry.class)
			.setParameter("id", event.patientId().value())
			.getResultList()) {
			ObjectNode registration = (ObjectNode) this.json.readTree(entry.json);
			registration.putNull("person");
			registration.putNull("guardian");
			((ObjectNode) registration.path("consent")).put("signedBy", SealedRegistrations.ERASED);
			entry.json = this.json.writeValueAsString(registration);
		}
	}

	/**
	 * On PostgreSQL the history is truncated. Deleted, its rows (one per event) stayed as
	 * dead ones, and the replay wrote the same keys again, each insert checking its key
	 * against a dead entry: the history's inserts took about a fifth more of the server's
	 * time. Only the history: a replay reads the other read models' rows back by batch,
	 * and the planner, which takes a truncated table for empty, read them by scanning the
	 * table, several milliseconds a batch (docs/benchmarks.md, session 20).
	 */
	@ResetHandler
	void reset() {
		if (this.postgresql) {
			this.jdbc.execute("truncate table q_case_history");
		}
		else {
			this.entities.createQuery("delete from CaseHistoryEntry").executeUpdate();
		}
	}

}
