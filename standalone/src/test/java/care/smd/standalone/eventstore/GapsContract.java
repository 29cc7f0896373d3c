package care.smd.standalone.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import care.smd.standalone.StandaloneApplication;

/**
 * A reader whose position has gaps (events given a lower position but committed after it,
 * as concurrent writes are) gets those events first and then the ones after its position,
 * in order, a batch (100) at a time, as Axon's single query would give them.
 */
@SpringBootTest(classes = StandaloneApplication.class)
@ActiveProfiles("demo")
abstract class GapsContract {

	/** A payload no read model handles. */
	record Marker(int number) {
	}

	@Autowired
	EventStore store;

	@Autowired
	EventStorageEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eventsCommittedBelowTheReadersPositionComeBeforeThoseAfterIt() {
		List<Long> positions = append(5);
		List<String> ids = identifiers(positions);
		// the reader has seen the third event, but not the first two
		GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(positions.get(2),
				new TreeSet<>(positions.subList(0, 2)));

		assertThat(read(token, 4)).containsExactly(ids.get(0), ids.get(1), ids.get(3), ids.get(4));
	}

	@Test
	void moreGapsThanABatchAreAllReadInOrderBeforeTheEventsAfterThePosition() {
		List<Long> positions = append(260);
		List<String> ids = identifiers(positions);
		// seen: the 250th; not seen: the 249 before it
		GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(positions.get(249),
				new TreeSet<>(positions.subList(0, 249)));

		List<String> expected = new ArrayList<>(ids.subList(0, 249));
		expected.addAll(ids.subList(250, 260));
		assertThat(read(token, 259)).containsExactlyElementsOf(expected);
	}

	@Test
	void aGapThatStaysEmptyIsSkipped() {
		List<Long> positions = append(4);
		List<String> ids = identifiers(positions);
		// as a transaction rolled back after taking its position
		this.jdbc.update("delete from domain_event_entry where global_index = ?", positions.get(1));
		GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(positions.get(2),
				new TreeSet<>(positions.subList(0, 2)));

		assertThat(read(token, 2)).containsExactly(ids.get(0), ids.get(3));
	}

	private List<Long> append(int count) {
		String aggregate = UUID.randomUUID().toString();
		List<EventMessage<?>> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(new GenericDomainEventMessage<>("Marker", aggregate, i, new Marker(i)));
		}
		this.store.publish(events);
		return this.jdbc.queryForList(
				"select global_index from domain_event_entry where aggregate_identifier = ? order by global_index",
				Long.class, aggregate);
	}

	private List<String> identifiers(List<Long> positions) {
		List<String> ids = new ArrayList<>();
		for (Long position : positions) {
			ids.add(this.jdbc.queryForObject("select event_identifier from domain_event_entry where global_index = ?",
					String.class, position));
		}
		return ids;
	}

	private List<String> read(GapAwareTrackingToken token, int count) {
		return this.engine.readEvents(token, false).limit(count).map(EventMessage::getIdentifier).toList();
	}

}
