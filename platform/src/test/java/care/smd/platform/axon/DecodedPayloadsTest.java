package care.smd.platform.axon;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDecorator;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecodedPayloadsTest {

	private final AtomicInteger decodings = new AtomicInteger();

	private final AtomicInteger timestamps = new AtomicInteger();

	private Runnable duringDecoding = () -> {
	};

	@Test
	void anEventReadByTwoReadersIsDecodedOnceAndKeepsEverythingElseAsStored() {
		DecodedPayloads payloads = new DecodedPayloads(10);
		TrackedEventMessage<?> first = payloads.shared(stored("event-1", "visit"));
		TrackedEventMessage<?> second = payloads.shared(stored("event-1", "visit"));

		assertThat(first.getPayload()).isEqualTo("visit");
		assertThat(second.getPayload()).isSameAs(first.getPayload());
		assertThat(this.decodings).hasValue(1);
		assertThat(second.getIdentifier()).isEqualTo("event-1");
		assertThat(second.trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(41));
		assertThat(second.getMetaData()).isEqualTo(MetaData.with("actor", "doctor"));
		assertThat(second.getTimestamp()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
		assertThat(second.getPayloadType()).isEqualTo(String.class);
		DomainEventMessage<?> domain = (DomainEventMessage<?>) second;
		assertThat(domain.getAggregateIdentifier()).isEqualTo("patient-1");
		assertThat(domain.getSequenceNumber()).isEqualTo(7);
		assertThat(domain.getType()).isEqualTo("Patient");
	}

	@Test
	void aPayloadNobodyAsksForIsNeverDecoded() {
		DecodedPayloads payloads = new DecodedPayloads(10);

		TrackedEventMessage<?> read = payloads.shared(stored("event-1", "visit"));

		assertThat(read.getPayloadType()).isEqualTo(String.class);
		assertThat(this.decodings).hasValue(0);
	}

	@Test
	void readAheadTheEventIsDecodedAtOnceAndItsReadersFindItDecoded() {
		DecodedPayloads payloads = new DecodedPayloads(10);

		TrackedEventMessage<?> ahead = payloads.decodedAhead(stored("event-1", "visit"));
		assertThat(this.decodings).hasValue(1);
		assertThat(this.timestamps).hasValue(1);

		assertThat(ahead.getPayload()).isEqualTo("visit");
		assertThat(ahead.getTimestamp()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
		TrackedEventMessage<?> second = payloads.shared(stored("event-1", "visit"));
		assertThat(second.getPayload()).isSameAs(ahead.getPayload());
		assertThat(second.getTimestamp()).isEqualTo(ahead.getTimestamp());
		assertThat(this.decodings).hasValue(1);
		assertThat(this.timestamps).as("the time's text parsed once for both").hasValue(1);
	}

	@Test
	void aRegistrationIsLeftForItsReaderWhichReadsItsBatchsKeysFirst() {
		DecodedPayloads payloads = new DecodedPayloads(10);
		PatientRegistered registration = Samples.registered();

		TrackedEventMessage<?> ahead = payloads.decodedAhead(stored("event-1", registration));
		assertThat(this.decodings).hasValue(0);
		assertThat(this.timestamps).hasValue(1);

		assertThat(ahead.getPayload()).isEqualTo(registration);
		assertThat(this.decodings).hasValue(1);
	}

	@Test
	void aPayloadThatFailsToDecodeAheadFailsWhereItsReaderAsksForIt() {
		DecodedPayloads payloads = new DecodedPayloads(10);
		TrackedEventMessage<?> ahead = payloads.decodedAhead(stored("event-1", new Undecodable()));

		assertThat(ahead.getIdentifier()).isEqualTo("event-1");
		assertThatThrownBy(ahead::getPayload).isInstanceOf(IllegalStateException.class);
		assertThat(this.decodings).hasValue(2);
	}

	@Test
	void aReaderThatAsksWhileAnotherDecodesWaitsForThatDecoding() throws Exception {
		DecodedPayloads payloads = new DecodedPayloads(10);
		CountDownLatch decoding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.duringDecoding = () -> {
			decoding.countDown();
			await(release);
		};
		FutureTask<Object> first = new FutureTask<>(() -> payloads.shared(stored("event-1", "visit")).getPayload());
		new Thread(first).start();
		await(decoding);
		FutureTask<Object> second = new FutureTask<>(() -> payloads.shared(stored("event-1", "visit")).getPayload());
		Thread secondReader = new Thread(second);
		secondReader.start();
		// blocked on the first's decoding, or, decoding for itself, waiting in it
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (secondReader.getState() == Thread.State.NEW || secondReader.getState() == Thread.State.RUNNABLE) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.onSpinWait();
		}
		release.countDown();

		assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
		assertThat(this.decodings).hasValue(1);
	}

	@Test
	void aReaderFurtherBehindThanTheCapacityDecodesForItself() {
		DecodedPayloads payloads = new DecodedPayloads(2);
		for (String id : new String[] { "a", "b", "c" }) {
			payloads.shared(stored(id, id)).getPayload();
		}

		payloads.shared(stored("a", "a")).getPayload();
		payloads.shared(stored("c", "c")).getPayload();

		assertThat(this.decodings).as("a evicted, c kept").hasValue(4);
	}

	@Test
	void eventsOfOneIdentifierAndAnotherTypeAreDecodedApart() {
		// what an upcaster that splits one stored event into two gives
		DecodedPayloads payloads = new DecodedPayloads(10);
		payloads.shared(stored("event-1", "visit")).getPayload();

		Object other = payloads.shared(stored("event-1", 7)).getPayload();

		assertThat(other).isEqualTo(7);
		assertThat(this.decodings).hasValue(2);
	}

	@Test
	void anEventWrittenHereIsReadWithItsWrittenPayloadAndNeverDecoded() {
		DecodedPayloads payloads = new DecodedPayloads(10);
		String visit = "visit";
		Instant written = Instant.parse("2026-11-22T08:00:00Z");
		payloads.written(List.of(new GenericDomainEventMessage<>("Patient", "patient-1", 7,
				new GenericMessage<>("event-1", visit, MetaData.emptyInstance()), () -> written)));

		TrackedEventMessage<?> read = payloads.shared(stored("event-1", "visit"));

		assertThat(read.getPayload()).isSameAs(visit);
		assertThat(read.getTimestamp()).isEqualTo(written);
		assertThat(this.decodings).hasValue(0);
		assertThat(this.timestamps).hasValue(0);
		assertThat(read.getMetaData()).as("as stored").isEqualTo(MetaData.with("actor", "doctor"));
	}

	@Test
	void withNoCapacityTheStoredMessageIsReadAsItIs() {
		TrackedEventMessage<?> stored = stored("event-1", "visit");

		assertThat(new DecodedPayloads(0).shared(stored)).isSameAs(stored);
	}

	/**
	 * A stored event whose payload counts its decodings; each decoding of a text is a new
	 * object, as Jackson's is.
	 */
	private <T> TrackedEventMessage<?> stored(String id, T payload) {
		Message<T> serialized = new MessageDecorator<>(
				new GenericMessage<>(id, payload, MetaData.with("actor", "doctor"))) {

			@Override
			@SuppressWarnings("unchecked")
			public T getPayload() {
				DecodedPayloadsTest.this.decodings.incrementAndGet();
				DecodedPayloadsTest.this.duringDecoding.run();
				T decoded = super.getPayload();
				if (decoded instanceof Undecodable) {
					throw new IllegalStateException("no such event type");
				}
				return decoded instanceof String text ? (T) new String(text) : decoded;
			}

			@Override
			public Message<T> withMetaData(java.util.Map<String, ?> metaData) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Message<T> andMetaData(java.util.Map<String, ?> metaData) {
				throw new UnsupportedOperationException();
			}

		};
		return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(41), "Patient", "patient-1", 7,
				serialized, () -> {
					this.timestamps.incrementAndGet();
					return Instant.parse("2026-11-22T08:00:00Z");
				});
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a stored payload the serializer cannot read stands for here. */
	private record Undecodable() {
	}

}
