package care.smd.query.projection;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalEventsWakeProcessorsTest {

	private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new DecodingStore()).build();

	private final LocalEventsWakeProcessors source = new LocalEventsWakeProcessors(this.store, Duration.ofMillis(10),
			100);

	private final AtomicInteger woken = new AtomicInteger();

	@AfterEach
	void shutDown() {
		this.source.stop();
		this.store.shutDown();
	}

	@Test
	void aWaitingReaderIsCalledBackWhenAnEventIsStoredAndFindsIt() throws InterruptedException {
		BlockingStream<TrackedEventMessage<?>> stream = this.source.openStream(null);
		assertThat(stream.setOnAvailableCallback(this.woken::incrementAndGet)).isTrue();
		assertThat(stream.hasNextAvailable()).isFalse();

		this.store.publish(GenericEventMessage.asEventMessage("visit"));

		assertThat(this.woken).hasValue(1);
		assertThat(stream.hasNextAvailable(1, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(stream.nextAvailable().getPayload()).isEqualTo("visit");
		stream.close();
	}

	@Test
	void inAUnitOfWorkOnlyOnceItHasCommitted() {
		BlockingStream<TrackedEventMessage<?>> stream = this.source.openStream(null);
		stream.setOnAvailableCallback(this.woken::incrementAndGet);
		DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
		this.store.publish(GenericEventMessage.asEventMessage("visit"));
		unit.onPrepareCommit((u) -> assertThat(this.woken).hasValue(0));

		unit.commit();

		assertThat(this.woken).hasValue(1);
		stream.close();
	}

	@Test
	void commitsInQuickSuccessionWakeOnceMoreAfterTheInterval() throws InterruptedException {
		LocalEventsWakeProcessors slow = new LocalEventsWakeProcessors(this.store, Duration.ofMillis(200), 100);
		BlockingStream<TrackedEventMessage<?>> stream = slow.openStream(null);
		stream.setOnAvailableCallback(this.woken::incrementAndGet);

		for (int i = 0; i < 10; i++) {
			this.store.publish(GenericEventMessage.asEventMessage("visit " + i));
		}

		assertThat(this.woken).as("the first at once").hasValue(1);
		Thread.sleep(400);
		assertThat(this.woken).as("the other nine together, after the interval").hasValue(2);
		assertThat(stream.hasNextAvailable()).isTrue();
		stream.close();
		slow.stop();
	}

	@Test
	void aClosedStreamIsNotCalledAnyMore() {
		BlockingStream<TrackedEventMessage<?>> stream = this.source.openStream(null);
		stream.setOnAvailableCallback(this.woken::incrementAndGet);
		stream.close();

		this.store.publish(GenericEventMessage.asEventMessage("visit"));

		assertThat(this.woken).hasValue(0);
	}

	@Test
	void aReaderReadingAlongTakesTheWrittenPayloadALaterOneDecodesTheStoredEvent() throws InterruptedException {
		BlockingStream<TrackedEventMessage<?>> along = this.source.openStream(null);
		along.setOnAvailableCallback(this.woken::incrementAndGet);
		String visit = "visit";
		this.store.publish(new GenericDomainEventMessage<>("Patient", "patient-1", 0, visit));
		along.close();
		this.store.publish(new GenericDomainEventMessage<>("Patient", "patient-1", 1, visit));

		BlockingStream<TrackedEventMessage<?>> later = this.source.openStream(null);
		assertThat(later.nextAvailable().getPayload()).as("written while a reader was reading along").isSameAs(visit);
		Object second = later.nextAvailable().getPayload();
		assertThat(second).as("written with nobody reading along").isEqualTo(visit).isNotSameAs(visit);
		later.close();
	}

	/**
	 * Hands out each stored event as a decoded copy: equal, but not the written object.
	 */
	private static final class DecodingStore extends InMemoryEventStorageEngine {

		@Override
		public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
			return super.readEvents(token, mayBlock).map(DecodingStore::decoded);
		}

		private static TrackedEventMessage<?> decoded(TrackedEventMessage<?> stored) {
			Object copy = stored.getPayload() instanceof String text ? new String(text) : stored.getPayload();
			if (stored instanceof DomainEventMessage<?> domain) {
				return new GenericTrackedDomainEventMessage<>(stored.trackingToken(), domain.getType(),
						domain.getAggregateIdentifier(), domain.getSequenceNumber(),
						new GenericMessage<>(stored.getIdentifier(), copy, stored.getMetaData()), stored::getTimestamp);
			}
			return new GenericTrackedEventMessage<>(stored.trackingToken(),
					new GenericMessage<>(stored.getIdentifier(), copy, stored.getMetaData()), stored::getTimestamp);
		}

	}

}
