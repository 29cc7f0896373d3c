package care.smd.query.patient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientEvent;
import care.smd.platform.axon.EventJson;

/** Every event of a case, in the order it happened, for the case view's history. */
@Component
@ProcessingGroup(CaseViewProjection.GROUP)
class CaseHistoryProjection {

	private final EntityManager entities;

	private final ObjectMapper json = EventJson.mapper();

	CaseHistoryProjection(EntityManager entities) {
		this.entities = entities;
	}

	@EventHandler
	void on(PatientEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
		CaseHistoryEntry entry = new CaseHistoryEntry(event.patientId().value(), sequence, event.date(),
				event.getClass().getSimpleName(), this.json.writeValueAsString(event));
		if (this.entities.find(CaseHistoryEntry.class, entry.id) == null) {
			this.entities.persist(entry);
		}
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from CaseHistoryEntry").executeUpdate();
	}

}
