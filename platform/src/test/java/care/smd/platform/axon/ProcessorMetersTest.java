package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

class ProcessorMetersTest {

	private final MockClock clock = new MockClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final ProcessorMeters meters = new ProcessorMeters("case-views", this.registry, Duration.ofSeconds(10));

	@Test
	void countsEachOutcomePerPayloadTypeUnderAxonsNames() {
		this.meters.onMessageIngested(event("a")).reportSuccess();
		this.meters.onMessageIngested(event("b")).reportSuccess();
		this.meters.onMessageIngested(event("c")).reportFailure(new IllegalStateException());
		this.meters.onMessageIngested(event(1)).reportIgnored();

		assertThat(count("ingested", "String")).isEqualTo(3);
		assertThat(count("success", "String")).isEqualTo(2);
		assertThat(count("failure", "String")).isEqualTo(1);
		assertThat(count("processed", "String")).isEqualTo(3);
		assertThat(count("ignored", "String")).isZero();
		assertThat(count("ingested", "Integer")).isEqualTo(1);
		assertThat(count("ignored", "Integer")).isEqualTo(1);
		assertThat(count("processed", "Integer")).isZero();
	}

	@Test
	void latencyIsTheAgeOfTheLastEventHandled() {
		this.clock.add(Duration.ofSeconds(100));
		this.meters.onMessageIngested(eventAt(Instant.ofEpochMilli(this.clock.wallTime() - 1_500)));

		assertThat(this.registry.get("eventProcessor.latency").tag("processorName", "case-views").gauge().value())
			.isEqualTo(1_500);
	}

	@Test
	void capacityIsTheShareOfTheWindowSpentHandlingAndForgetsWhatLeftIt() {
		handleFor(Duration.ofSeconds(2));
		this.clock.add(Duration.ofSeconds(3));
		handleFor(Duration.ofSeconds(1));
		assertThat(capacity()).isEqualTo(0.3);

		this.clock.add(Duration.ofSeconds(7));
		assertThat(capacity()).isEqualTo(0.1);

		this.clock.add(Duration.ofSeconds(10));
		assertThat(capacity()).isZero();
	}

	@Test
	void theRegistryGivesEventProcessorsTheseMetersAndACommandBusItsOwn() {
		BoundedMetricRegistry axonMeters = new BoundedMetricRegistry(this.registry, Duration.ofMinutes(1));

		assertThat(axonMeters.registerComponentWithDefaultTags(PooledStreamingEventProcessor.class, "indicators"))
			.isInstanceOf(ProcessorMeters.class);
		assertThat(axonMeters.registerComponentWithDefaultTags(SimpleCommandBus.class, "commandBus"))
			.isInstanceOf(CommandBusMeters.class);
		assertThat(this.registry.find("eventProcessor.latency").tag("processorName", "indicators").gauge()).isNotNull();
	}

	private void handleFor(Duration busy) {
		MonitorCallback callback = this.meters.onMessageIngested(event("busy"));
		this.clock.add(busy);
		callback.reportSuccess();
	}

	private double capacity() {
		return this.registry.get("eventProcessor.capacity")
			.tags("payloadType", "String", "processorName", "case-views")
			.gauge()
			.value();
	}

	private double count(String kind, String payloadType) {
		return this.registry.get("eventProcessor." + kind + "Counter")
			.tags("payloadType", payloadType, "processorName", "case-views")
			.counter()
			.count();
	}

	private EventMessage<Object> event(Object payload) {
		return new GenericEventMessage<>("id-" + payload, payload, Map.of(),
				Instant.ofEpochMilli(this.clock.wallTime()));
	}

	private EventMessage<Object> eventAt(Instant timestamp) {
		return new GenericEventMessage<>("id", "late", Map.of(), timestamp);
	}

}
