package care.smd.command.patient;

import java.io.Serializable;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Takes a case's snapshot when reading it from the store met at least so many events (its
 * snapshot counting as one). A case kept in a write node's memory takes none, however
 * many events it is given there: its next reader from the store takes it. Axon's count of
 * events since the last snapshot also counts those given in memory, and at 10,000
 * patients, where every write finds its case kept, its snapshots cost writes 10-35%
 * (docs/benchmarks.md, session 8).
 */
final class SnapshotOnLongReads implements SnapshotTriggerDefinition {

	private final Snapshotter snapshotter;

	private final int threshold;

	SnapshotOnLongReads(Snapshotter snapshotter, int threshold) {
		this.snapshotter = snapshotter;
		this.threshold = threshold;
	}

	@Override
	public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
		return new Trigger(this.snapshotter, aggregateType, this.threshold);
	}

	@Override
	public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
		if (trigger instanceof Trigger kept) {
			kept.snapshotter = this.snapshotter;
			return kept;
		}
		return prepareTrigger(aggregateType);
	}

	private static final class Trigger implements SnapshotTrigger, Serializable {

		private transient Snapshotter snapshotter;

		private final Class<?> aggregateType;

		private final int threshold;

		private int read;

		private String caseId;

		/** false while the case is read from the store, and for a new case */
		private boolean finished;

		Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
			this.snapshotter = snapshotter;
			this.aggregateType = aggregateType;
			this.threshold = threshold;
		}

		@Override
		public void eventHandled(EventMessage<?> message) {
			if (!this.finished && message instanceof DomainEventMessage<?> event) {
				this.read++;
				this.caseId = event.getAggregateIdentifier();
			}
		}

		@Override
		public void initializationFinished() {
			this.finished = true;
			// the snapshotter waits for the command's commit
			if (this.read >= this.threshold) {
				this.snapshotter.scheduleSnapshot(this.aggregateType, this.caseId);
			}
		}

	}

}
