package care.smd.platform.axon;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import care.smd.platform.identity.IdentityKeys;

/**
 * Jackson for every stored message, China Standard Time for "today", and who did it on
 * every event.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class AxonConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(CHINA);
	}

	/** Axon's metrics without its ten-minute memory of every message (see the class). */
	@Bean
	org.axonframework.micrometer.GlobalMetricRegistry globalMetricRegistry(
			io.micrometer.core.instrument.MeterRegistry meters,
			@org.springframework.beans.factory.annotation.Value("${smd.metrics.capacity-window:PT1M}") java.time.Duration window) {
		return new BoundedMetricRegistry(meters, window);
	}

	@Bean
	@Primary
	Serializer serializer(IdentityKeys keys) {
		return jackson(keys);
	}

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(IdentityKeys keys) {
		return jackson(keys);
	}

	@Bean
	@Qualifier("messageSerializer")
	Serializer messageSerializer(IdentityKeys keys) {
		return jackson(keys);
	}

	/**
	 * The payloads of the events read or written lately, decoded once for every reader of
	 * the JVM (the last {@code decoded-payloads}, 0 for none).
	 */
	@Bean
	DecodedPayloads decodedPayloads(@Value("${smd.event-store.decoded-payloads:10000}") int capacity) {
		return new DecodedPayloads(capacity);
	}

	/**
	 * Axon's own JPA storage engine, as its auto-configuration would build it but with
	 * gaps fetched apart ({@link GapsFetchedApart}) and the payloads it streams decoded
	 * once for every reader of the JVM ({@link DecodedPayloads}); declared here because
	 * that auto-configuration steps back once an event store is declared. Snapshots are
	 * read only if every snapshot filter declared accepts them (a write node declares
	 * which revision of its aggregates it can use).
	 */
	@Bean
	EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
			PersistenceExceptionResolver duplicates, org.axonframework.config.Configuration axon,
			EntityManagerProvider entities, TransactionManager transactions, ObjectProvider<SnapshotFilter> snapshots,
			@Value("${smd.event-store.batch-size:100}") int batchSize, DecodedPayloads decodedPayloads) {
		return new GapsFetchedApart(JpaEventStorageEngine.builder()
			.batchSize(batchSize)
			.snapshotFilter(snapshots.orderedStream().reduce(SnapshotFilter.allowAll(), SnapshotFilter::combine))
			.snapshotSerializer(serializer)
			.eventSerializer(events)
			.upcasterChain(axon.upcasterChain())
			.persistenceExceptionResolver(duplicates)
			.entityManagerProvider(entities)
			.transactionManager(transactions), decodedPayloads);
	}

	/**
	 * Axon's event store, asking the database for new events every 25 ms instead of every
	 * second when idle: events another node appended announce themselves to nobody here,
	 * and read-your-writes waits for them.
	 * <p>
	 * Every processor reads the store through its own stream. Axon's shared cache of
	 * recent events (a linked list the processors tail) keeps every event after the
	 * slowest tailing reader reachable until its cleaner detaches that reader, up to 10 s
	 * later: when one read model caught up during a 100,000-patient rebuild, the cache
	 * read on behind it and held 450,000 events (over 600 MiB) at once, and the run ended
	 * with OutOfMemoryError (docs/benchmarks.md, memory). Two read models polling on
	 * their own cost two indexed queries per poll.
	 */
	@Bean
	EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
			@Value("${smd.event-store.fetch-delay:PT0.025S}") Duration fetchDelay) {
		return EmbeddedEventStore.builder()
			.storageEngine(storageEngine)
			.messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
			.fetchDelay(fetchDelay.toMillis())
			.optimizeEventConsumption(false)
			.build();
	}

	/** Which aggregate a command is for, each command class's members found once. */
	@Bean
	CommandTargetResolver commandTargets() {
		return new CommandTargets();
	}

	/** who did it, and the command's origin, on every event it causes */
	@Bean
	CorrelationDataProvider commandCorrelation() {
		return new CorrelationFromCommands();
	}

	private static Serializer jackson(IdentityKeys keys) {
		return new TypesLookedUpOnce(EventJson.storeMapper(keys));
	}

}
