package care.smd.platform.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

/**
 * Axon's JPA event storage, except that a reader with gaps in its position (events given
 * a lower position but committed later, as concurrent writes are) fetches them in a query
 * of their own. Axon asks for both at once ({@code globalIndex > :position or
 * globalIndex in :gaps}); H2 answers that by reading the whole event table in position
 * order, since no index range covers the {@code or}. At 500 follow-ups a second there are
 * always gaps, so each fetch of 100 events read every event ever stored, and the read
 * models fell seconds behind once the store held a few hundred thousand
 * (docs/benchmarks.md, session 7). Every gap lies below the position, so the gaps'
 * events, then those after the position, are the same events in the same order as the
 * single query's.
 * <p>
 * The events it streams to readers decode their payloads once for all readers of this
 * JVM, as they are read ({@link DecodedPayloads#decodedAhead}).
 */
class GapsFetchedApart extends JpaEventStorageEngine {

	private static final String COLUMNS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
			+ "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

	private final DecodedPayloads decoded;

	GapsFetchedApart(JpaEventStorageEngine.Builder builder, DecodedPayloads decoded) {
		super(builder);
		this.decoded = decoded;
	}

	@Override
	public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
		return super.readEvents(token, mayBlock).map(this.decoded::decodedAhead);
	}

	@Override
	protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
		if (token == null || token.getGaps().isEmpty()) {
			return super.fetchEvents(token);
		}
		List<Object[]> events = new ArrayList<>(entityManager()
			.createQuery(COLUMNS + domainEventEntryEntityName()
					+ " e WHERE e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
			.setParameter("gaps", token.getGaps())
			.setMaxResults(batchSize())
			.getResultList());
		if (events.size() < batchSize()) {
			events.addAll(entityManager()
				.createQuery(COLUMNS + domainEventEntryEntityName()
						+ " e WHERE e.globalIndex > :token ORDER BY e.globalIndex ASC", Object[].class)
				.setParameter("token", token.getIndex())
				.setMaxResults(batchSize() - events.size())
				.getResultList());
		}
		return events;
	}

}
