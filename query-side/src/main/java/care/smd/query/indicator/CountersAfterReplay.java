package care.smd.query.indicator;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.indicator.PatientTimeline;
import care.smd.query.consistency.SegmentPositions;
import care.smd.query.projection.CaseOrderRebuild;
import care.smd.query.projection.Sql;

/**
 * The counters of a replay, summed once at its end. A reset leaves a row naming the head
 * of the event store; while it is there, the indicator read model's batches write
 * timelines only. Once every segment has passed that head, one node sums every timeline's
 * contributions into the counters and removes the row, in one transaction.
 * <p>
 * Exact under any timing: a batch reads the row under a shared lock held to its commit
 * and the sum takes it exclusively, so a batch either commits its timelines before the
 * sum reads them, or finds the row gone and adds its changes to the sum's counters as any
 * live batch does.
 * <p>
 * A rebuild in the order of the cases, which hands every event to this node alone,
 * collects its batches' changes as it goes instead, and writes them before the processors
 * start: reading every timeline back took 4.4 s of its 45 s at 100,000 patients
 * (docs/benchmarks.md, session 33).
 */
@Component
class CountersAfterReplay implements CaseOrderRebuild.HandedOver {

	private static final Logger log = LoggerFactory.getLogger(CountersAfterReplay.class);

	private static final int PAGE = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final SegmentPositions positions;

	private final Counters counters;

	private final String lock;

	private final TimelineJson timelines = new TimelineJson();

	/** as this node last saw it, for readers */
	private volatile boolean pending;

	/**
	 * Resets begun on this node whose transaction has not ended: the check on its own
	 * thread cannot see their row yet, and must not take the replay for done meanwhile.
	 */
	private int resetsOpen;

	/** Resets begun on this node, ever: a check that saw none begin may settle. */
	private long resetsBegun;

	/** The changes of the batches of a rebuild in case order since the last reset. */
	private CounterChanges collected = new CounterChanges();

	CountersAfterReplay(JdbcTemplate jdbc, PlatformTransactionManager transactions, SegmentPositions positions,
			Counters counters) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.positions = positions;
		this.counters = counters;
		// H2 has no shared row lock; it runs one indicator segment per node
		this.lock = Sql.isPostgresql(jdbc) ? " for share" : " for update";
	}

	/** In the reset's transaction: the counters wait for the replay to pass the head. */
	void begin() {
		this.jdbc.update("delete from q_ind_counters_pending");
		this.jdbc.update("insert into q_ind_counters_pending (id, head)"
				+ " select 1, coalesce(max(global_index), -1) from domain_event_entry");
		synchronized (this) {
			this.resetsOpen++;
			this.resetsBegun++;
			this.pending = true;
			this.collected = new CounterChanges();
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				resetEnded();
			}
		});
	}

	private synchronized void resetEnded() {
		this.resetsOpen--;
	}

	/**
	 * Which resets a check can see: {@code -1} while one is open, since its row cannot be
	 * seen before it commits.
	 */
	private synchronized long resetsSeen() {
		return this.resetsOpen == 0 ? this.resetsBegun : -1;
	}

	/**
	 * No replay to sum, unless a reset on this node was open when the check began or
	 * began after it: the check read the table before that reset's row was there. Asking
	 * only whether a reset is open now took a reset that committed while the check ran
	 * for none at all.
	 */
	private synchronized void settled(long seen) {
		if (seen == this.resetsBegun && this.resetsOpen == 0) {
			this.pending = false;
		}
	}

	/**
	 * In a batch's transaction: whether its counter changes are left to the sum at the
	 * end of the replay. The row stays locked until the batch commits.
	 */
	boolean pendingInThisTransaction() {
		return !head(this.lock).isEmpty();
	}

	/** In a batch of a rebuild in case order: its counter changes, kept for its end. */
	synchronized void collect(CounterChanges changes) {
		this.collected.addAll(changes);
	}

	/**
	 * The counters of a rebuild in case order, from what its batches collected, written
	 * before the processors start: from then on their batches count as live ones do.
	 */
	@Override
	public void everyEventHandedOver(List<String> processorNames) {
		if (!processorNames.contains(IndicatorProjection.GROUP)) {
			return;
		}
		CounterChanges sums;
		synchronized (this) {
			sums = this.collected;
			this.collected = new CounterChanges();
		}
		this.transaction.executeWithoutResult((tx) -> {
			// gone only if another node summed every timeline, which is as exact
			if (!head(" for update").isEmpty()) {
				int rows = replaceCountersWith(sums);
				log.info("Wrote the indicator counters of a rebuild in the order of the cases: {} counter rows", rows);
			}
		});
	}

	/** Whether a replay's counters were still to be summed when this node last looked. */
	boolean pending() {
		return this.pending;
	}

	@Scheduled(fixedDelayString = "${smd.indicators.replay-check-interval:PT0.1S}")
	void sumWhenReplayed() {
		long seen = resetsSeen();
		List<Long> head = head("");
		if (head.isEmpty()) {
			settled(seen);
			return;
		}
		this.pending = true;
		Boolean summed = this.transaction
			.execute((tx) -> this.positions.passed(IndicatorProjection.GROUP, null, head.get(0)) && sumEveryTimeline());
		if (Boolean.TRUE.equals(summed)) {
			settled(seen);
		}
	}

	/** False when another node summed first. */
	private boolean sumEveryTimeline() {
		if (head(" for update").isEmpty()) {
			return false;
		}
		long start = System.nanoTime();
		CounterChanges sums = new CounterChanges();
		String after = "";
		int timelines = 0;
		List<TimelineRow> page;
		do {
			page = page(after);
			// on every core: on one, the sum took 4 minutes at 1,000,000 patients
			// (docs/benchmarks.md, session 18)
			sums.addAll(page.parallelStream().collect(CounterChanges::new, this::add, CounterChanges::addAll));
			if (!page.isEmpty()) {
				after = page.get(page.size() - 1).patientId;
			}
			timelines += page.size();
		}
		while (page.size() == PAGE);
		int rows = replaceCountersWith(sums);
		log.info("Summed the indicator counters of a replay: {} timelines, {} counter rows, {} ms", timelines, rows,
				(System.nanoTime() - start) / 1_000_000);
		return true;
	}

	/**
	 * The counters made the replay's sums, and the replay no longer pending; answers the
	 * counter rows written.
	 */
	private int replaceCountersWith(CounterChanges sums) {
		int rows = this.counters.replaceWith(sums);
		this.jdbc.update("delete from q_ind_counters_pending");
		return rows;
	}

	/**
	 * The head the pending replay must pass, if one is pending, read with the lock given.
	 */
	private List<Long> head(String lock) {
		return this.jdbc.queryForList("select head from q_ind_counters_pending where id = 1" + lock, Long.class);
	}

	private List<TimelineRow> page(String after) {
		return this.jdbc
			.query("select patient_id, json, merged_into, absorbed_json from q_ind_timeline where patient_id > ?"
					+ " order by patient_id fetch first " + PAGE + " rows only", (rs, i) -> {
						TimelineRow row = new TimelineRow(rs.getString(1));
						row.json = rs.getString(2);
						row.mergedInto = rs.getString(3);
						row.absorbedJson = rs.getString(4);
						return row;
					}, after);
	}

	/** The whole of what the case counts for, as a change from nothing. */
	private void add(CounterChanges sums, TimelineRow row) {
		try {
			PatientTimeline counted = this.timelines.counted(row, this.timelines.read(row.json));
			sums.addActivity(IndicatorProjection.activityChanges(PatientTimeline.EMPTY, counted, LocalDate.MIN));
			sums.addState(IndicatorProjection.stateChanges(PatientTimeline.EMPTY, counted, LocalDate.MIN));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("unreadable timeline of " + row.patientId, ex);
		}
	}

}
