package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

class CommandBusMetersTest {

	private final MockClock clock = new MockClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, this.clock);

	private final CommandBusMeters meters = new CommandBusMeters("commandBus", this.registry, Duration.ofSeconds(10),
			(message) -> Tags.of("payloadType", message.getPayloadType().getSimpleName()));

	@Test
	void timesAndCountsEachOutcomePerTagsUnderAxonsNames() {
		handle("a", Duration.ofMillis(20)).reportSuccess();
		handle("b", Duration.ofMillis(40)).reportFailure(new IllegalStateException());
		handle(1, Duration.ofMillis(5)).reportIgnored();

		assertThat(timer("all", "String").count()).isEqualTo(2);
		assertThat(timer("all", "String").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(60);
		assertThat(timer("success", "String").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(20);
		assertThat(timer("failure", "String").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
		assertThat(timer("ignored", "String").count()).isZero();
		assertThat(timer("ignored", "Integer").count()).isEqualTo(1);
		assertThat(count("ingested", "String")).isEqualTo(2);
		assertThat(count("success", "String")).isEqualTo(1);
		assertThat(count("failure", "String")).isEqualTo(1);
		assertThat(count("processed", "String")).isEqualTo(2);
		assertThat(count("ignored", "Integer")).isEqualTo(1);
		assertThat(count("processed", "Integer")).isZero();
	}

	@Test
	void timersPublishAxonsPercentiles() {
		handle("a", Duration.ofMillis(20)).reportSuccess();

		assertThat(timer("all", "String").takeSnapshot().percentileValues()).extracting(ValueAtPercentile::percentile)
			.containsExactly(0.5, 0.75, 0.95, 0.98, 0.99, 0.999);
	}

	@Test
	void capacityIsTheShareOfTheWindowSpentHandling() {
		handle("a", Duration.ofSeconds(2)).reportSuccess();
		handle("b", Duration.ofSeconds(1)).reportFailure(new IllegalStateException());

		assertThat(this.registry.get("commandBus.capacity").tags("payloadType", "String").gauge().value())
			.isEqualTo(0.3);
	}

	@Test
	void eachSetOfTagsIsRegisteredOnce() {
		handle("a", Duration.ZERO).reportSuccess();
		int meters = this.registry.getMeters().size();

		handle("b", Duration.ZERO).reportSuccess();
		handle(2, Duration.ZERO).reportSuccess();

		assertThat(this.registry.getMeters()).hasSize(2 * meters);
	}

	private MonitorCallback handle(Object payload, Duration took) {
		CommandMessage<Object> command = new GenericCommandMessage<>(payload);
		MonitorCallback callback = this.meters.onMessageIngested(command);
		this.clock.add(took);
		return callback;
	}

	private Timer timer(String kind, String payloadType) {
		return this.registry.get("commandBus." + kind + "Timer").tags("payloadType", payloadType).timer();
	}

	private double count(String kind, String payloadType) {
		return this.registry.get("commandBus." + kind + "Counter").tags("payloadType", payloadType).counter().count();
	}

}
