package care.smd.query.projection;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.hibernate.FlushMode;
import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.query.NativeQuery;

import care.smd.kernel.patient.PatientEvent;

/**
 * What a projection reads once per batch of events and keeps until the batch ends: a
 * patient's events come in runs, and a query per event was a large part of a replay. Live
 * events each belong to another patient, so what is read for one patient of a batch can
 * be read for all of them in one query. Outside a batch every call reads afresh.
 */
public final class PerBatch {

	private static final String PATIENTS = PerBatch.class.getName() + ".patients";

	private static final String NEW_CASES = PerBatch.class.getName() + ".newCases";

	private PerBatch() {
	}

	/**
	 * The value of this batch for the key, loaded at its first use.
	 * @param name what is kept, unique per use
	 */
	public static <V> V get(String name, String key, Function<String, V> load) {
		if (!CurrentUnitOfWork.isStarted()) {
			return load.apply(key);
		}
		Map<String, V> byKey = CurrentUnitOfWork.get()
			.root()
			.getOrComputeResource(name, (resource) -> new HashMap<String, V>());
		return byKey.computeIfAbsent(key, load);
	}

	/**
	 * The value of this batch for the patient: at the first use in a batch, the values of
	 * every patient of the batch are read together; a patient outside the batch, or one
	 * that {@code loadAll} leaves out, is read alone.
	 * @param name what is kept, unique per use
	 * @param loadAll the values of the batch's patients, by patient id
	 */
	public static <V> V get(String name, String patientId, Function<Set<String>, Map<String, V>> loadAll,
			Function<String, V> load) {
		if (!CurrentUnitOfWork.isStarted()) {
			return load.apply(patientId);
		}
		UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
		Map<String, V> byPatient = batch.getResource(name);
		if (byPatient == null) {
			// not inside getOrComputeResource: the batch's patients are a resource too
			byPatient = new HashMap<>(loadAll.apply(patientsOf(batch)));
			batch.resources().put(name, byPatient);
		}
		return byPatient.computeIfAbsent(patientId, load);
	}

	/**
	 * The stored rows of the given patients, keyed by patient: every patient asked for
	 * has an entry, empty where no row was found. What {@code loadAll} of
	 * {@link #get(String, String, Function, Function)} gives, so that a patient with no
	 * row yet (a registration, in a replay every patient) costs no query of its own.
	 * @param query the rows of a non-empty set of patients, in one query
	 */
	public static <E> Map<String, Optional<E>> byPatient(Set<String> patientIds, Function<Set<String>, List<E>> query,
			Function<E, String> patientOf) {
		Map<String, Optional<E>> rows = new HashMap<>();
		patientIds.forEach((id) -> rows.put(id, Optional.empty()));
		Set<String> asked = mayBeStored(patientIds);
		if (!asked.isEmpty()) {
			query.apply(asked).forEach((row) -> rows.put(patientOf.apply(row), Optional.of(row)));
		}
		return rows;
	}

	/**
	 * Those of the patients whose rows may be stored: in a batch of a rebuild in the
	 * order of the cases, all but the cases that begin in it. The rebuild emptied the
	 * read models and hands each case's events over once, in their order, and a read
	 * model writes a case's rows only from that case's events: a case whose first event
	 * is in this batch has no row yet. The lookups found nothing for 99.4% of the
	 * patients a rebuild asked about, and cost the server most at the largest sizes,
	 * where the indexes no longer fit its buffers (docs/benchmarks.md, session 40).
	 */
	public static Set<String> mayBeStored(Set<String> patientIds) {
		if (!CaseOrderRebuild.handlesTheCurrentBatch()) {
			return patientIds;
		}
		UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
		Set<String> beginning = batch.getOrComputeResource(NEW_CASES, (resource) -> casesBeginningIn(batch));
		Set<String> stored = new LinkedHashSet<>(patientIds);
		stored.removeAll(beginning);
		return stored;
	}

	private static Set<String> casesBeginningIn(UnitOfWork<?> batch) {
		Set<String> cases = new HashSet<>();
		if (batch instanceof BatchingUnitOfWork<?> messages) {
			for (Message<?> message : messages.getMessages()) {
				if (message instanceof DomainEventMessage<?> event && event.getSequenceNumber() == 0) {
					cases.add(event.getAggregateIdentifier());
				}
			}
		}
		return cases;
	}

	/**
	 * The entities of the given ids as {@link #byPatient} gives them, read by id in one
	 * statement, unlocked. Hibernate loads them through a statement it builds once (on
	 * PostgreSQL with the ids as one array), where a query with a list of ids was
	 * translated anew for every list: 15% of the case views' worker in a replay of a
	 * store in time order, whose batches hold about 500 patients (docs/benchmarks.md,
	 * session 29). A load by id does not flush the batch's changes first. Not for rows
	 * that must be locked: Hibernate 6.6 leaves the lock out of this statement
	 * ({@code ReadByIdTest}).
	 */
	public static <E> Map<String, Optional<E>> byId(EntityManager entities, Class<E> type, Set<String> ids,
			Function<E, String> idOf) {
		return byPatient(ids,
				(keys) -> entities.unwrap(Session.class)
					.byMultipleIds(type)
					.enableOrderedReturn(false)
					.multiLoad(List.copyOf(keys))
					.stream()
					.filter(Objects::nonNull)
					.toList(),
				idOf);
	}

	/**
	 * The entities whose {@code column} holds one of the values, in one statement, locked
	 * for update if {@code lock} says so, without a flush first. On PostgreSQL the
	 * statement is written as {@code column = any(?)} with the values as one array: the
	 * same text for every batch, which Hibernate does not translate and the server plans
	 * once. A query with a list of values, as {@code jpql} is, Hibernate translates anew
	 * for every list, and the server plans each (9.4% of the case views' worker in a
	 * replay went to translating the alerts' two queries, docs/benchmarks.md, session
	 * 29). Unlike a load by ids ({@link #byId}) it keeps the lock.
	 * @param jpql the same query where the database has no arrays: {@code :values} stands
	 * for the values
	 * @param table the entity's table, read as {@code t}
	 */
	public static <E> List<E> whereAny(EntityManager entities, Class<E> type, String jpql, String table, String column,
			Set<String> values, LockModeType lock) {
		SessionImplementor session = entities.unwrap(SessionImplementor.class);
		if (!(session.getJdbcServices().getDialect() instanceof PostgreSQLDialect)) {
			return entities.createQuery(jpql, type)
				.setParameter("values", values)
				.setLockMode(lock)
				.setFlushMode(FlushModeType.COMMIT)
				.getResultList();
		}
		boolean locked = lock == LockModeType.PESSIMISTIC_WRITE;
		@SuppressWarnings("unchecked")
		NativeQuery<E> query = session
			.createNativeQuery("select t.* from " + table + " t where t." + column
					+ " = any(cast(:values as varchar[]))" + (locked ? " for update" : ""))
			.addEntity("t", type, locked ? LockMode.PESSIMISTIC_WRITE : LockMode.READ);
		return query.setParameter("values", values.toArray(String[]::new))
			.setHibernateFlushMode(FlushMode.COMMIT)
			.getResultList();
	}

	/**
	 * A map kept for this batch and handed to {@code write} when the batch commits, in
	 * its transaction (so a failed batch writes nothing).
	 * @param name what is kept, unique per use
	 */
	public static <V> Map<String, V> writtenAtCommit(String name, Consumer<Map<String, V>> write) {
		UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
		return batch.getOrComputeResource(name, (resource) -> {
			Map<String, V> entries = new LinkedHashMap<>();
			batch.onPrepareCommit((unit) -> write.accept(entries));
			return entries;
		});
	}

	/**
	 * The patients whose events the batch holds: a processor's batch holds only the
	 * events of its own segment, so no other segment's patients are read (or locked).
	 */
	static Set<String> patientsOf(UnitOfWork<?> batch) {
		// once per batch: each read model's first read asks, and each asking went over
		// every event of the batch (4% of the case views' worker, session 31)
		return batch.getOrComputeResource(PATIENTS, (resource) -> Collections.unmodifiableSet(readPatients(batch)));
	}

	private static Set<String> readPatients(UnitOfWork<?> batch) {
		Set<String> patients = new LinkedHashSet<>();
		if (batch instanceof BatchingUnitOfWork<?> messages) {
			messages.getMessages().forEach((message) -> addPatient(patients, message));
		}
		else {
			addPatient(patients, batch.getMessage());
		}
		return patients;
	}

	private static void addPatient(Set<String> patients, Message<?> message) {
		if (message != null && message.getPayload() instanceof PatientEvent event) {
			patients.add(event.patientId().value());
		}
	}

}
