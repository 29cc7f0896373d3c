package care.smd.query.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import care.smd.kernel.indicator.PatientFacts;
import care.smd.kernel.indicator.PatientFacts.Contribution;
import care.smd.kernel.indicator.PatientFacts.MonthKey;
import care.smd.kernel.indicator.PatientTimeline;
import care.smd.kernel.indicator.Period;
import care.smd.kernel.patient.DuplicateAbsorbed;
import care.smd.kernel.patient.DuplicateReleased;
import care.smd.kernel.patient.MergeUndone;
import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientMergedInto;
import care.smd.query.projection.CaseOrderRebuild;
import care.smd.query.projection.NewRows;
import care.smd.query.projection.PerBatch;

/**
 * Keeps the indicator counters exact under any order of events. For each event it
 * compares the patient's contributions before and after, for every period the event can
 * touch (those ending on or after its day), and adds only the difference. A backdated
 * visit, a transfer, a death or an admission thus corrects exactly the periods and
 * communities it changes. In a replay only the timelines are written, and the counters
 * are summed from them once at its end ({@link CountersAfterReplay}).
 */
@Component
@ProcessingGroup(IndicatorProjection.GROUP)
class IndicatorProjection {

	static final String GROUP = "indicators";

	private static final String CHANGES = IndicatorProjection.class.getName() + ".changes";

	private static final String ROWS = IndicatorProjection.class.getName() + ".rows";

	private final EntityManager entities;

	private final Counters counters;

	private final EventStore events;

	private final CountersAfterReplay afterReplay;

	private final TimelineJson timelines = new TimelineJson();

	private final NewRows newRows;

	IndicatorProjection(EntityManager entities, Counters counters, EventStore events, CountersAfterReplay afterReplay,
			NewRows newRows) {
		this.entities = entities;
		this.counters = counters;
		this.events = events;
		this.afterReplay = afterReplay;
		this.newRows = newRows;
	}

	/**
	 * Applies the event to the patient's timeline as it stands in this batch. The
	 * counters change once per patient and batch, when the batch commits: the sum of the
	 * per-event differences telescopes to the difference between the patient's timeline
	 * before the batch and after it, over the periods ending on or after the earliest
	 * event of the batch (no event changes a period that ended before its day).
	 */
	@EventHandler
	void on(PatientEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
		PatientChange change = batch().computeIfAbsent(event.patientId().value(), this::load);
		PatientTimeline own = change.own.with(event, sequence);
		boolean merging = isMerge(event);
		if (own.equals(change.own) && !merging) {
			return;
		}
		change.own = own;
		// a merge changes what the person did in every period, not only from its day on
		LocalDate from = merging ? LocalDate.MIN : event.date();
		if (change.from == null || from.isBefore(change.from)) {
			change.from = from;
		}
		if (merging) {
			merge(change.row, event);
		}
	}

	/** One patient's timeline through a batch, and what it counted for before. */
	private static final class PatientChange {

		final TimelineRow row;

		final PatientTimeline counted;

		PatientTimeline own;

		/** the earliest day a period may have changed; null while nothing changed */
		LocalDate from;

		PatientChange(TimelineRow row, PatientTimeline own, PatientTimeline counted) {
			this.row = row;
			this.own = own;
			this.counted = counted;
		}

	}

	private PatientChange load(String patientId) {
		try {
			TimelineRow row = PerBatch.get(ROWS, patientId, this::rows, this::row).orElse(null);
			if (row == null) {
				row = new TimelineRow(patientId);
				return new PatientChange(row, PatientTimeline.EMPTY, PatientTimeline.EMPTY);
			}
			PatientTimeline own = this.timelines.read(row.json);
			return new PatientChange(row, own, this.timelines.counted(row, own));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("unreadable timeline of " + patientId, ex);
		}
	}

	/** The timelines of the batch's patients in one query (those who have one). */
	private Map<String, Optional<TimelineRow>> rows(Set<String> patientIds) {
		return PerBatch.byId(this.entities, TimelineRow.class, patientIds, (row) -> row.patientId);
	}

	private Optional<TimelineRow> row(String patientId) {
		return Optional.ofNullable(this.entities.find(TimelineRow.class, patientId));
	}

	/**
	 * The patients this batch changed, written when it commits (in its transaction, so a
	 * failed batch writes nothing).
	 */
	private Map<String, PatientChange> batch() {
		return PerBatch.writtenAtCommit(CHANGES, this::write);
	}

	private void write(Map<String, PatientChange> changes) {
		// in a replay the counters are summed once at its end: a batch of a replay
		// rewrote about five counter rows per event, half of the database's time
		// (docs/benchmarks.md, session 17); a rebuild in case order sums its batches'
		// changes in memory as it goes
		boolean collecting = CaseOrderRebuild.handlesTheCurrentBatch();
		boolean counting = collecting || !this.afterReplay.pendingInThisTransaction();
		CounterChanges sums = new CounterChanges();
		List<TimelineRow> created = new ArrayList<>();
		for (PatientChange change : changes.values()) {
			if (change.from == null) {
				continue;
			}
			try {
				boolean isNew = change.row.json == null;
				change.row.json = this.timelines.write(change.own);
				if (isNew) {
					// inserted whole: Hibernate inserts the state it is given and
					// updates what changes after, so a row persisted before its
					// timeline was an insert and an update (docs/benchmarks.md,
					// session 17)
					created.add(change.row);
				}
				if (counting) {
					PatientTimeline after = this.timelines.counted(change.row, change.own);
					sums.addActivity(activityChanges(change.counted, after, change.from));
					sums.addState(stateChanges(change.counted, after, change.from));
				}
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("timeline of " + change.row.patientId + " not written", ex);
			}
		}
		this.newRows.insert(created, TimelineRow.COPY_INTO, TimelineRow::row);
		if (collecting) {
			this.afterReplay.collect(sums);
		}
		else if (counting) {
			this.counters.write(sums);
		}
	}

	private static boolean isMerge(PatientEvent event) {
		return event instanceof PatientMergedInto || event instanceof MergeUndone || event instanceof DuplicateAbsorbed
				|| event instanceof DuplicateReleased;
	}

	/**
	 * A merged duplicate counts nowhere; the survivor counts the person once, with the
	 * duplicate's records. The survivor reads the duplicate's timeline from the event
	 * store rather than from the duplicate's row, which another segment may not have
	 * brought up to date yet during a replay.
	 */
	private void merge(TimelineRow row, PatientEvent event) throws JsonProcessingException {
		if (event instanceof PatientMergedInto merged) {
			row.mergedInto = merged.survivorId().value();
		}
		else if (event instanceof MergeUndone) {
			row.mergedInto = null;
		}
		else {
			Map<String, PatientTimeline> absorbed = this.timelines.absorbed(row);
			if (event instanceof DuplicateAbsorbed duplicate) {
				absorbed.put(duplicate.duplicateId().value(), timelineOf(duplicate.duplicateId().value()));
			}
			else if (event instanceof DuplicateReleased released) {
				absorbed.remove(released.duplicateId().value());
			}
			row.absorbedJson = absorbed.isEmpty() ? null : this.timelines.writeAll(absorbed);
		}
	}

	private PatientTimeline timelineOf(String patientId) {
		// from the first event: readEvents(id) would start at the case's snapshot
		DomainEventStream stream = this.events.readEvents(patientId, 0);
		PatientTimeline timeline = PatientTimeline.EMPTY;
		while (stream.hasNext()) {
			DomainEventMessage<?> message = stream.next();
			if (message.getPayload() instanceof PatientEvent recorded) {
				timeline = timeline.with(recorded, message.getSequenceNumber());
			}
		}
		return timeline;
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from TimelineRow").executeUpdate();
		this.counters.clear();
		this.afterReplay.begin();
	}

	static Map<String, Map<Period, int[]>> activityChanges(PatientTimeline before, PatientTimeline after,
			LocalDate from) {
		TreeSet<Period> periods = PatientFacts.activityPeriodsEndingFrom(before, from);
		periods.addAll(PatientFacts.activityPeriodsEndingFrom(after, from));
		Map<String, Map<Period, int[]>> changes = new HashMap<>();
		for (Period period : periods) {
			Contribution old = PatientFacts.activity(before, period);
			Contribution now = PatientFacts.activity(after, period);
			if (!old.equals(now)) {
				add(changes, old, period, -1);
				add(changes, now, period, 1);
			}
		}
		return changes;
	}

	/**
	 * @param from the earliest day of the batch's events: the months before it are the
	 * same before and after
	 * ({@link PatientFacts#stateChanges(PatientTimeline, LocalDate)})
	 */
	static Map<String, Map<YearMonth, int[]>> stateChanges(PatientTimeline before, PatientTimeline after,
			LocalDate from) {
		Map<String, Map<YearMonth, int[]>> changes = new HashMap<>();
		PatientFacts.stateChanges(before, from).forEach((key, counts) -> add(changes, key, counts, -1));
		PatientFacts.stateChanges(after, from).forEach((key, counts) -> add(changes, key, counts, 1));
		return changes;
	}

	private static void add(Map<String, Map<Period, int[]>> changes, Contribution contribution, Period period,
			int sign) {
		if (contribution.community() == null || contribution.isEmpty()) {
			return;
		}
		int[] sum = changes.computeIfAbsent(contribution.community(), (c) -> new HashMap<>())
			.computeIfAbsent(period, (p) -> new int[contribution.counts().length]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += sign * contribution.counts()[i];
		}
	}

	private static void add(Map<String, Map<YearMonth, int[]>> changes, MonthKey key, int[] counts, int sign) {
		int[] sum = changes.computeIfAbsent(key.community(), (c) -> new HashMap<>())
			.computeIfAbsent(key.month(), (m) -> new int[counts.length]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += sign * counts[i];
		}
		if (Arrays.stream(sum).allMatch((c) -> c == 0)) {
			changes.get(key.community()).remove(key.month());
		}
	}

}
