package care.smd.query.projection;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalEventsWakeProcessorsTest {

	private final EmbeddedEventStore store = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	private final List<Object> handedOver = new CopyOnWriteArrayList<>();

	private final LocalEventsWakeProcessors source = new LocalEventsWakeProcessors(this.store, Duration.ofMillis(10),
			(events) -> events.forEach((event) -> this.handedOver.add(event.getPayload())));

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
		LocalEventsWakeProcessors slow = new LocalEventsWakeProcessors(this.store, Duration.ofMillis(200), (events) -> {
		});
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
	void onlyEventsWrittenWhileAReaderReadsAlongAreHandedOverAsWritten() {
		BlockingStream<TrackedEventMessage<?>> along = this.source.openStream(null);
		along.setOnAvailableCallback(this.woken::incrementAndGet);
		String visit = "visit";
		this.store.publish(new GenericDomainEventMessage<>("Patient", "patient-1", 0, visit));
		along.close();
		this.store.publish(new GenericDomainEventMessage<>("Patient", "patient-1", 1, "later visit"));

		assertThat(this.handedOver).as("the later one written with nobody reading along").hasSize(1);
		assertThat(this.handedOver.get(0)).isSameAs(visit);
	}

}
