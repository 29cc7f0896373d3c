package care.smd.query.projection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.smd.platform.axon.DecodedPayloads;

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
 * The processors stop and forget their rows as in any reset, which claims their segments
 * for this node; they get every event up to the head of the store, the claims kept
 * meanwhile, and are set to that head; then they start again and handle what came in
 * meanwhile. Where another node's processors hold a segment, the reset fails: stop them
 * first. A rebuild that stops half way resets the read models again and leaves them to
 * the ordinary replay; one whose node died leaves a row in {@code q_rebuild_under_way},
 * and the next node to start does the same (an event handed to rows that are ahead of it
 * is not always without effect, so the rows a rebuild left are not kept).
 */
@Component
public class CaseOrderRebuild {

	private static final Logger log = LoggerFactory.getLogger(CaseOrderRebuild.class);

	/** Pages a read model may be behind the reader. */
	private static final int AHEAD = 4;

	/** Axon's own window of positions below the head that may still be filled. */
	private static final int GAP_WINDOW = 10_000;

	/** Well within Axon's claim timeout (10 s unless configured otherwise). */
	private static final long CLAIMS_KEPT_EVERY = 2_000_000_000L;

	/**
	 * What each event's handling answers. Axon's unit of work makes a result message for
	 * each event from any other answer, and each message takes a new identifier, a random
	 * UUID: 4% of the workers' time at 100,000 patients (docs/benchmarks.md, session 37).
	 */
	private static final ResultMessage<Void> HANDLED = GenericResultMessage.asResultMessage((Void) null);

	/** Marks the units of work of a rebuild's batches. */
	private static final String BATCH_OF_A_REBUILD = CaseOrderRebuild.class.getName() + ".batch";

	/**
	 * Events per batch and transaction (smd.read-models.rebuild-page, 2,000): about 160
	 * cases of this country's histories; as fast as 1,000 within the machine's drift,
	 * with less of the server's time per event (docs/benchmarks.md, session 32). The
	 * tests take small pages, so that many cases are split between two.
	 */
	private final int pageSize;

	private final EventProcessingConfiguration processing;

	private final TokenStore tokens;

	private final TransactionManager transactions;

	private final JdbcTemplate jdbc;

	private final Serializer serializer;

	private final org.axonframework.config.Configuration axon;

	private final ObjectProvider<HandedOver> handedOver;

	/** How far the rebuild running on this node, or the last one, has come. */
	private volatile Progress progress = new Progress(0, -1);

	CaseOrderRebuild(EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions,
			JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
			org.axonframework.config.Configuration axon, ObjectProvider<HandedOver> handedOver,
			@Value("${smd.read-models.rebuild-page:2000}") int pageSize) {
		this.pageSize = pageSize;
		this.processing = processing;
		this.tokens = tokens;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.axon = axon;
		this.handedOver = handedOver;
	}

	/**
	 * A read model that finishes part of its work once a rebuild has handed it every
	 * event up to the head, before its processor starts again.
	 */
	public interface HandedOver {

		/**
		 * Called outside any transaction; a failure stops the rebuild, which resets the
		 * read models as any rebuild that stops does.
		 */
		void everyEventHandedOver(List<String> processorNames);

	}

	/**
	 * How far a rebuild has come: the events handed over so far (read models may be up to
	 * {@link #AHEAD} pages behind), and the position in the store it rebuilds up to (-1
	 * before it knows).
	 */
	public record Progress(long events, long upTo) {
	}

	/** How far the rebuild running on this node has come, or where the last one ended. */
	public Progress progress() {
		return this.progress;
	}

	/** Whether the batch being handled is one of a rebuild in the order of the cases. */
	public static boolean handlesTheCurrentBatch() {
		return CurrentUnitOfWork.isStarted()
				&& CurrentUnitOfWork.get().root().resources().containsKey(BATCH_OF_A_REBUILD);
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
			// one left by a rebuild that no start-up has seen yet is this one's now
			ended(name);
			this.jdbc.update("insert into q_rebuild_under_way (processor_name) values (?)", name);
		}
		long head = this.jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry",
				Long.class);
		this.progress = new Progress(0, head);
		long events;
		try {
			events = head < 0 ? 0 : feedAndSetTokens(processors, head);
		}
		catch (RuntimeException | InterruptedException failed) {
			// what the read models hold is part of the history, and an event handed
			// to rows that are ahead of it is not always without effect (an alert
			// resolved by a visit that came before it): the ordinary replay starts them
			// again from nothing
			processors.forEach(this::resetAndStart);
			throw failed;
		}
		for (PooledStreamingEventProcessor processor : processors) {
			ended(processor.getName());
			processor.start();
		}
		log.info("Rebuilt {} in the order of the cases: {} events up to position {}", List.of(processorNames), events,
				head);
		return events;
	}

	/**
	 * Read models that a rebuild left half done on a node that died: their rows hold part
	 * of the history while their tokens stand at the start. They are reset, and the
	 * ordinary replay rebuilds them. While another node rebuilds them, it holds their
	 * claims, and the reset is refused.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void resetWhatARebuildLeftHalfDone() {
		for (String name : this.jdbc.queryForList("select processor_name from q_rebuild_under_way", String.class)) {
			this.processing.eventProcessor(name, PooledStreamingEventProcessor.class).ifPresent((processor) -> {
				processor.shutDown();
				try {
					resetAndStart(processor);
					log.warn("Reset read model {}: a rebuild in the order of the cases had not ended", name);
				}
				catch (UnableToClaimTokenException elsewhere) {
					processor.start();
					log.info("Read model {} is being rebuilt on another node", name);
				}
			});
		}
	}

	private void resetAndStart(PooledStreamingEventProcessor processor) {
		processor.resetTokens();
		ended(processor.getName());
		processor.start();
	}

	private void ended(String processorName) {
		this.jdbc.update("delete from q_rebuild_under_way where processor_name = ?", processorName);
	}

	private long feedAndSetTokens(List<PooledStreamingEventProcessor> processors, long head)
			throws InterruptedException {
		TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(head, Set.of()));
		BitSet seen = new BitSet();
		long events = feed(processors, head, replay, seen);
		List<String> names = processors.stream().map(PooledStreamingEventProcessor::getName).toList();
		this.handedOver.orderedStream().forEach((readModel) -> readModel.everyEventHandedOver(names));
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
	 * Every event up to the head, page by page in the order of the cases. Each read model
	 * takes the pages on a thread of its own, up to {@link #AHEAD} pages behind the
	 * reader, so that neither waits for the other.
	 */
	private long feed(List<PooledStreamingEventProcessor> processors, long head, TrackingToken replay, BitSet seen)
			throws InterruptedException {
		List<Worker> workers = processors.stream().map(Worker::new).toList();
		try {
			long events = 0;
			long started = System.nanoTime();
			long reading = 0;
			String afterCase = "";
			long afterSequence = -1;
			Page page;
			long claimsKept = System.nanoTime();
			do {
				long read = System.nanoTime();
				page = page(afterCase, afterSequence, head, replay, seen);
				reading += System.nanoTime() - read;
				if (System.nanoTime() - claimsKept > CLAIMS_KEPT_EVERY) {
					keepClaims(processors);
					claimsKept = System.nanoTime();
				}
				if (!page.events().isEmpty()) {
					for (Worker worker : workers) {
						worker.take(page.events());
					}
					events += page.events().size();
					this.progress = new Progress(events, head);
				}
				afterCase = page.lastCase();
				afterSequence = page.lastSequence();
			}
			while (page.rowsRead() == this.pageSize);
			for (Worker worker : workers) {
				worker.finish();
			}
			// which of them sets the pace (docs/benchmarks.md, session 33)
			log.info("Handed over {} events in {} ms: reading {} ms, handling {} ms", events,
					(System.nanoTime() - started) / 1_000_000, reading / 1_000_000, workers);
			return events;
		}
		finally {
			// no batch of the rebuild may run beside the processors' own
			for (Worker worker : workers) {
				worker.stop();
			}
		}
	}

	/** One read model's thread, and the batches handed to it that it has not finished. */
	private final class Worker {

		private final PooledStreamingEventProcessor processor;

		private final RebuildDispatch dispatch;

		private final ExecutorService thread = Executors.newSingleThreadExecutor();

		private final Deque<Future<?>> pending = new ArrayDeque<>();

		/**
		 * its time in its batches (ns): written on its thread, read after {@link #finish}
		 */
		private long handling;

		Worker(PooledStreamingEventProcessor processor) {
			this.processor = processor;
			this.dispatch = new RebuildDispatch(processor.eventHandlerInvoker());
		}

		/** Waits while the worker is {@link #AHEAD} batches behind. */
		void take(List<TrackedEventMessage<?>> batch) throws InterruptedException {
			while (this.pending.size() >= AHEAD) {
				waitFor(this.pending.poll());
			}
			this.pending.add(this.thread.submit(() -> {
				long start = System.nanoTime();
				handle(this.processor, this.dispatch, batch);
				this.handling += System.nanoTime() - start;
				return null;
			}));
		}

		void finish() throws InterruptedException {
			while (!this.pending.isEmpty()) {
				waitFor(this.pending.poll());
			}
		}

		void stop() throws InterruptedException {
			this.thread.shutdownNow();
			this.thread.awaitTermination(1, TimeUnit.MINUTES);
		}

		@Override
		public String toString() {
			return this.processor.getName() + " " + this.handling / 1_000_000;
		}

	}

	/**
	 * The reset claimed every segment for this node; the claims are kept, so that no
	 * other node takes a segment and replays it meanwhile.
	 */
	private void keepClaims(List<PooledStreamingEventProcessor> processors) {
		this.transactions.executeInTransaction(() -> {
			for (PooledStreamingEventProcessor processor : processors) {
				for (int segment : this.tokens.fetchSegments(processor.getName())) {
					this.tokens.extendClaim(processor.getName(), segment);
				}
			}
		});
	}

	private static void waitFor(Future<?> batch) throws InterruptedException {
		try {
			batch.get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the rebuild stopped: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	/**
	 * The events of the next rows after the given one in the order of the cases, up to
	 * the head, decoded here but for the registrations, which the read models' own
	 * interceptor opens with their batch's keys read at once.
	 */
	private record Page(List<TrackedEventMessage<?>> events, int rowsRead, String lastCase, long lastSequence) {
	}

	private Page page(String afterCase, long afterSequence, long head, TrackingToken replay, BitSet seen) {
		// on the index of the cases' events, which holds them in this order. The head is
		// not asked of the database: with it H2 chose the primary key and sorted every
		// row below the head for each page, 2 s a page at 10,000 patients
		// (docs/benchmarks.md, session 33)
		List<Row> rows = this.jdbc.query(
				"select global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,"
						+ " payload_type, payload_revision, payload, meta_data from domain_event_entry"
						+ " where (aggregate_identifier, sequence_number) > (?, ?)"
						+ " order by aggregate_identifier, sequence_number fetch first " + this.pageSize + " rows only",
				(rs, i) -> new Row(rs.getLong(1),
						new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
								rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10))),
				afterCase, afterSequence);
		if (rows.isEmpty()) {
			return new Page(List.of(), 0, afterCase, afterSequence);
		}
		// those appended since the rebuild began are left to the processors
		List<TrackedEventData<?>> upToHead = new ArrayList<>();
		for (Row row : rows) {
			if (row.position <= head) {
				seen.set(Math.toIntExact(row.position));
				upToHead.add(new TrackedDomainEventData<>(
						((ReplayToken) replay).advancedTo(GapAwareTrackingToken.newInstance(row.position, Set.of())),
						row.entry));
			}
		}
		List<TrackedEventMessage<?>> events = EventUtils
			.upcastAndDeserializeTrackedEvents(upToHead.stream(), this.serializer, this.axon.upcasterChain())
			.toList();
		// an event's time only where an alert is raised
		events.forEach(DecodedPayloads::decodePayloadAhead);
		GenericDomainEventEntry<?> last = rows.get(rows.size() - 1).entry;
		return new Page(events, rows.size(), last.getAggregateIdentifier(), last.getSequenceNumber());
	}

	private record Row(long position, GenericDomainEventEntry<?> entry) {
	}

	/** One batch in one transaction, as the processor's own workers handle theirs. */
	private void handle(PooledStreamingEventProcessor processor, RebuildDispatch dispatch,
			List<TrackedEventMessage<?>> batch) throws Exception {
		BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
		unitOfWork.resources().put(BATCH_OF_A_REBUILD, Boolean.TRUE);
		unitOfWork.attachTransaction(this.transactions);
		ResultMessage<?> result = unitOfWork
			.executeWithResult(() -> new DefaultInterceptorChain<EventMessage<?>>(unitOfWork,
					processor.getHandlerInterceptors(), (message) -> {
						dispatch.handle(message);
						return HANDLED;
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
