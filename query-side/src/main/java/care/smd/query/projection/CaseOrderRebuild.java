package care.smd.query.projection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientRegistered;

/**
 * A full rebuild of read models that hands them each case's events together, in the order
 * of the cases instead of the order the events were stored in. A replay of the store as
 * it was written meets a case once per batch in every batch its visits fall in, and reads
 * and rewrites its rows each time; here a batch holds the whole history of each of its
 * cases, whose rows are then written once (docs/benchmarks.md, session 32).
 * <p>
 * The read models may see one case's events apart from every other case's, because that
 * is what segments already do: a read node splits each read model into segments by case,
 * each of which moves on its own, so no handler may depend on the order of events of
 * different cases (the replay tests compare the two ways).
 * <p>
 * The processors stop, forget their rows as in any reset, get every event up to the head
 * of the store, and are set to that head; then they start again and handle what came in
 * meanwhile. Not for several nodes at once: the processors of other nodes must be
 * stopped, or they would take the segments while this one holds none.
 */
@Component
public class CaseOrderRebuild {

	private static final Logger log = LoggerFactory.getLogger(CaseOrderRebuild.class);

	/** Events per batch and transaction: about 80 cases of this country's histories. */
	private static final int BATCH = 1_000;

	/** Axon's own window of positions below the head that may still be filled. */
	private static final int GAP_WINDOW = 10_000;

	private final EventProcessingConfiguration processing;

	private final TokenStore tokens;

	private final TransactionManager transactions;

	private final JdbcTemplate jdbc;

	private final Serializer serializer;

	private final org.axonframework.config.Configuration axon;

	CaseOrderRebuild(EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions,
			JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
			org.axonframework.config.Configuration axon) {
		this.processing = processing;
		this.tokens = tokens;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.axon = axon;
	}

	/** Rebuilds the named read models; answers how many events each was given. */
	public long rebuild(String... processorNames) throws InterruptedException {
		List<PooledStreamingEventProcessor> processors = new ArrayList<>();
		for (String name : processorNames) {
			PooledStreamingEventProcessor processor = this.processing
				.eventProcessor(name, PooledStreamingEventProcessor.class)
				.orElseThrow(() -> new IllegalArgumentException("no pooled processor " + name));
			processor.shutDown();
			processor.resetTokens();
			processors.add(processor);
		}
		long head = this.jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry",
				Long.class);
		long events = head < 0 ? 0 : feedAndSetTokens(processors, head);
		processors.forEach(PooledStreamingEventProcessor::start);
		log.info("Rebuilt {} in the order of the cases: {} events up to position {}", List.of(processorNames), events,
				head);
		return events;
	}

	private long feedAndSetTokens(List<PooledStreamingEventProcessor> processors, long head)
			throws InterruptedException {
		TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(head, Set.of()));
		BitSet seen = new BitSet();
		long events = feed(processors, head, replay, seen);
		TrackingToken done = GapAwareTrackingToken.newInstance(head, unseen(seen, head));
		for (PooledStreamingEventProcessor processor : processors) {
			this.transactions.executeInTransaction(() -> {
				for (int segment : this.tokens.fetchSegments(processor.getName())) {
					this.tokens.storeToken(done, processor.getName(), segment);
					this.tokens.releaseClaim(processor.getName(), segment);
				}
			});
		}
		return events;
	}

	/**
	 * Every event up to the head, page by page in the order of the cases; each page goes
	 * to every read model at once, each on a thread of its own.
	 */
	private long feed(List<PooledStreamingEventProcessor> processors, long head, TrackingToken replay, BitSet seen)
			throws InterruptedException {
		ExecutorService workers = Executors.newFixedThreadPool(processors.size());
		try {
			long events = 0;
			List<Future<?>> running = List.of();
			String afterCase = "";
			long afterSequence = -1;
			List<TrackedEventMessage<?>> page;
			do {
				page = page(afterCase, afterSequence, head, replay, seen);
				waitFor(running);
				if (!page.isEmpty()) {
					List<TrackedEventMessage<?>> batch = page;
					running = new ArrayList<>();
					for (PooledStreamingEventProcessor processor : processors) {
						running.add(workers.submit(() -> {
							handle(processor, batch);
							return null;
						}));
					}
					DomainEventMessage<?> last = (DomainEventMessage<?>) page.get(page.size() - 1);
					afterCase = last.getAggregateIdentifier();
					afterSequence = last.getSequenceNumber();
					events += page.size();
				}
			}
			while (page.size() == BATCH);
			waitFor(running);
			return events;
		}
		finally {
			workers.shutdownNow();
		}
	}

	private static void waitFor(List<Future<?>> running) throws InterruptedException {
		for (Future<?> future : running) {
			try {
				future.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException("the rebuild stopped: " + ex.getCause().getMessage(), ex.getCause());
			}
		}
	}

	/**
	 * The next events after the given one in the order of the cases, decoded here but for
	 * the registrations, which the read models' own interceptor opens with their batch's
	 * keys read at once.
	 */
	private List<TrackedEventMessage<?>> page(String afterCase, long afterSequence, long head, TrackingToken replay,
			BitSet seen) {
		List<TrackedEventData<?>> rows = this.jdbc
			.query("select global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,"
					+ " payload_type, payload_revision, payload, meta_data from domain_event_entry"
					// on the index of the cases' events, which holds them in this order
					+ " where (aggregate_identifier, sequence_number) > (?, ?) and global_index <= ?"
					+ " order by aggregate_identifier, sequence_number fetch first " + BATCH + " rows only",
					(rs, i) -> {
						long position = rs.getLong(1);
						seen.set(Math.toIntExact(position));
						return new TrackedDomainEventData<>(
								((ReplayToken) replay)
									.advancedTo(GapAwareTrackingToken.newInstance(position, Set.of())),
								new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4),
										rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
										rs.getBytes(9), rs.getBytes(10)));
					}, afterCase, afterSequence, head);
		Stream<TrackedEventData<?>> stored = rows.stream();
		List<TrackedEventMessage<?>> page = EventUtils
			.upcastAndDeserializeTrackedEvents(stored, this.serializer, this.axon.upcasterChain())
			.toList();
		page.forEach(CaseOrderRebuild::decodeAhead);
		return page;
	}

	private static void decodeAhead(TrackedEventMessage<?> event) {
		try {
			event.getTimestamp();
			if (event.getPayloadType() != PatientRegistered.class) {
				event.getPayload();
			}
		}
		catch (RuntimeException undecodable) {
			// met again by the handler, which reports it
		}
	}

	/** One batch in one transaction, as the processor's own workers handle theirs. */
	private void handle(PooledStreamingEventProcessor processor, List<TrackedEventMessage<?>> batch) throws Exception {
		BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
		unitOfWork.attachTransaction(this.transactions);
		ResultMessage<?> result = unitOfWork
			.executeWithResult(() -> new DefaultInterceptorChain<EventMessage<?>>(unitOfWork,
					processor.getHandlerInterceptors(), (message) -> {
						processor.eventHandlerInvoker().handle(message, Segment.ROOT_SEGMENT);
						return null;
					})
				.proceed(), RollbackConfigurationType.ANY_THROWABLE);
		if (result.isExceptional()) {
			throw new IllegalStateException("a batch of " + processor.getName() + " failed", result.exceptionResult());
		}
	}

	/**
	 * Positions below the head, within Axon's window, that no event held when the rebuild
	 * read the store: a transaction still open then may yet fill them, and the processor
	 * will look there.
	 */
	private static Set<Long> unseen(BitSet seen, long head) {
		Set<Long> gaps = new TreeSet<>();
		for (long position = Math.max(0, head - GAP_WINDOW); position < head; position++) {
			if (!seen.get((int) position)) {
				gaps.add(position);
			}
		}
		return gaps;
	}

}
