package care.smd.query.patient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientIdentityErased;
import care.smd.platform.identity.SealedRegistrations;
import com.fasterxml.jackson.databind.node.ObjectNode;
import care.smd.platform.axon.EventJson;
import care.smd.query.projection.PerBatch;

/** Every event of a case, in the order it happened, for the case view's history. */
@Component
@ProcessingGroup(CaseViewProjection.GROUP)
class CaseHistoryProjection {

	private static final String RECORDED = CaseHistoryProjection.class.getName() + ".recorded";

	private final EntityManager entities;

	private final ObjectMapper json = EventJson.mapper();

	CaseHistoryProjection(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(PatientEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
		record(event, sequence);
	}

	private void record(PatientEvent event, long sequence) throws JsonProcessingException {
		String patientId = event.patientId().value();
		if (recorded(patientId).add(sequence)) {
			this.entities.persist(new CaseHistoryEntry(patientId, sequence, event.date(),
					event.getClass().getSimpleName(), this.json.writeValueAsString(event)));
		}
	}

	/**
	 * The sequence numbers of the case already in its history, read once per batch for
	 * all its patients: a lookup per event was a sixth of a replay.
	 */
	private Set<Long> recorded(String patientId) {
		return PerBatch.get(RECORDED, patientId, this::loadAll, this::load);
	}

	private Map<String, Set<Long>> loadAll(Set<String> patientIds) {
		Map<String, Set<Long>> recorded = new HashMap<>();
		patientIds.forEach((id) -> recorded.put(id, new HashSet<>()));
		if (!patientIds.isEmpty()) {
			this.entities
				.createQuery("select e.patientId, e.sequence from CaseHistoryEntry e where e.patientId in :ids",
						Object[].class)
				.setParameter("ids", patientIds)
				.setFlushMode(FlushModeType.COMMIT)
				.getResultList()
				.forEach((row) -> recorded.get((String) row[0]).add((Long) row[1]));
		}
		return recorded;
	}

	private Set<Long> load(String patientId) {
		return new HashSet<>(this.entities
			.createQuery("select e.sequence from CaseHistoryEntry e where e.patientId = :id", Long.class)
			.setParameter("id", patientId)
			.setFlushMode(FlushModeType.COMMIT)
			.getResultList());
	}

	/** The registration in the history forgets the person too. */
	@EventHandler
	void on(PatientIdentityErased event, @SequenceNumber long sequence) throws JsonProcessingException {
		record(event, sequence);
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

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from CaseHistoryEntry").executeUpdate();
	}

}
