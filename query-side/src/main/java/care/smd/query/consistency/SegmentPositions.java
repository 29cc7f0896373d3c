package care.smd.query.consistency;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

/**
 * Whether a read model's segments have passed a position of the event store, on any node:
 * a segment this node processes is asked directly, one processed elsewhere is read from
 * the shared token store without claiming it (a reader must never steal a segment).
 */
@Component
public class SegmentPositions {

	private final EntityManager entities;

	private final Serializer serializer;

	private final EventProcessingConfiguration processing;

	SegmentPositions(EntityManager entities, Serializer serializer, EventProcessingConfiguration processing) {
		this.entities = entities;
		this.serializer = serializer;
		this.processing = processing;
	}

	/**
	 * Whether every segment of the processor that owns the case (every segment when the
	 * case is null) has passed the position. Call it in a transaction.
	 */
	public boolean passed(String processor, String aggregate, long position) {
		List<TokenEntry> entries = this.entities
			.createQuery("select t from TokenEntry t where t.processorName = :name", TokenEntry.class)
			.setParameter("name", processor)
			.getResultList();
		if (entries.isEmpty()) {
			return false;
		}
		int[] segmentIds = entries.stream().mapToInt(TokenEntry::getSegment).toArray();
		Map<Integer, EventTrackerStatus> local = this.processing
			.eventProcessor(processor, StreamingEventProcessor.class)
			.map(StreamingEventProcessor::processingStatus)
			.orElse(Map.of());
		for (TokenEntry entry : entries) {
			Segment segment = Segment.computeSegment(entry.getSegment(), segmentIds);
			if (aggregate != null && !segment.matches(aggregate)) {
				continue;
			}
			if (Math.max(stored(entry), processed(local.get(entry.getSegment()))) < position) {
				return false;
			}
		}
		return true;
	}

	private long stored(TokenEntry entry) {
		TrackingToken token = entry.getToken(this.serializer);
		return token == null ? -1 : token.position().orElse(-1);
	}

	private static long processed(EventTrackerStatus status) {
		return status == null || status.isErrorState() ? -1 : status.getCurrentPosition().orElse(-1);
	}

}
