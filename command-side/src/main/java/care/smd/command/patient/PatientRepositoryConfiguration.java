package care.smd.command.patient;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.Repository;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The patients' repository: Axon's event-sourcing repository with a bounded cache of
 * cases checked against the store before each use ({@link VerifiedCaseRepository}), and a
 * snapshot of a case read from the store with many events ({@link SnapshotOnLongReads}),
 * so that a case not in the cache is read as its snapshot and the few events after it.
 * <p>
 * Why snapshots: a write node meets most cases cold at national scale (a case is visited
 * a few times a quarter, the cache holds 20,000), and reading a case is its whole
 * history, every visit's form decoded (a registration's identity is left sealed,
 * {@link IdentityLeftSealed}). At 100,000 patients, with 16 clients, snapshots took
 * writes through the gateway from 12.3% to 13.6% of a raw insert (1,404 to 1,720-2,216
 * follow-ups/s) and read-your-writes at 500/s from p95 3.9 s to 0.6 s
 * (docs/benchmarks.md, session 8).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class PatientRepositoryConfiguration {

	/**
	 * @param size cases kept per write node; a kept case holds no identity data (its
	 * state is ids, dates, status and the team's user ids)
	 * @param snapshotAfter events met in reading a case from the store (its snapshot and
	 * those after it) from which its snapshot is taken again
	 */
	@Bean
	Repository<Patient> patientRepository(EventStore store, Configuration axon, MeterRegistry meters,
			Snapshotter caseSnapshotter, @Qualifier("eventSerializer") Serializer events,
			@Value("${smd.case-cache.size:20000}") int size,
			@Value("${smd.case-snapshot.after:10}") int snapshotAfter) {
		EventSourcingRepository.Builder<Patient> builder = EventSourcingRepository.builder(Patient.class)
			.parameterResolverFactory(axon.parameterResolverFactory())
			.handlerDefinition(axon.handlerDefinition(Patient.class))
			.snapshotTriggerDefinition(new SnapshotOnLongReads(caseSnapshotter, snapshotAfter));
		return new VerifiedCaseRepository<>(builder, new BoundedCache(size), store, new IdentityLeftSealed(events),
				meters);
	}

	/**
	 * Builds a case from its snapshot and events with the repository's own factory, as
	 * the repository does, and stores it as the case's new snapshot. Spring's variant
	 * finds that factory at the first snapshot: the handlers' parameters (a
	 * {@code Clock}, say) can be resolved only once the context is up.
	 */
	@Bean
	Snapshotter caseSnapshotter(EventStore store, Configuration axon, TransactionManager transactions,
			@Qualifier("caseSnapshots") ExecutorService snapshots) {
		return SpringAggregateSnapshotter.builder()
			.eventStore(store)
			.parameterResolverFactory(axon.parameterResolverFactory())
			.handlerDefinition(axon.handlerDefinition(Patient.class))
			.transactionManager(transactions)
			.executor(snapshots)
			.build();
	}

	/**
	 * Snapshots are taken after the command's commit, off the request: one thread, and
	 * when it falls behind by a thousand cases the committing thread takes its own (a
	 * snapshot dropped here would never be retried for that case on this node).
	 */
	@Bean(destroyMethod = "shutdown")
	@Qualifier("caseSnapshots")
	ThreadPoolExecutor caseSnapshots() {
		return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), (task) -> {
			Thread thread = new Thread(task, "case-snapshots");
			thread.setDaemon(true);
			return thread;
		}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	/**
	 * A snapshot written by code of another revision is not used (see {@link Patient}).
	 */
	@Bean
	SnapshotFilter caseSnapshotRevision() {
		return RevisionSnapshotFilter.builder().type("Patient").revision(Patient.SNAPSHOT_REVISION).build();
	}

}
