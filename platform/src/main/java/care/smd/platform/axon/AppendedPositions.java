package care.smd.platform.axon;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.axonframework.eventhandling.AbstractSequencedDomainEventEntry;

/**
 * The store positions of the events a command appends, as the database hands them out:
 * the consistency token of a write without a query after it (a round trip per write on
 * PostgreSQL). Hibernate calls {@link #appended} after inserting an event row (see
 * META-INF/orm.xml); only a thread inside {@link #during} records, so the dataset loader,
 * snapshots and other appenders keep nothing.
 */
final class AppendedPositions {

	private static final ThreadLocal<Map<String, Long>> RECORDING = new ThreadLocal<>();

	/** Axon's entry keeps its position private, with no getter */
	private static final VarHandle GLOBAL_INDEX = globalIndex();

	/** Called by Hibernate after an event row is inserted. */
	void appended(Object entry) {
		Map<String, Long> positions = RECORDING.get();
		if (positions != null && entry instanceof AbstractSequencedDomainEventEntry<?> event) {
			positions.merge(event.getAggregateIdentifier(), (long) GLOBAL_INDEX.get(event), Math::max);
		}
	}

	private static VarHandle globalIndex() {
		try {
			return MethodHandles.privateLookupIn(AbstractSequencedDomainEventEntry.class, MethodHandles.lookup())
				.findVarHandle(AbstractSequencedDomainEventEntry.class, "globalIndex", long.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Axon's event entry has no globalIndex field", ex);
		}
	}

	/**
	 * Runs the work and answers the position of the aggregate's last event that it
	 * appended; null if it appended none for that aggregate.
	 */
	static <R> Recorded<R> during(String aggregateId, Supplier<R> work) {
		Map<String, Long> outer = RECORDING.get();
		Map<String, Long> positions = new HashMap<>();
		RECORDING.set(positions);
		try {
			R result = work.get();
			if (outer != null) {
				// a command sent from inside another: what it appended, the outer did too
				positions.forEach((aggregate, position) -> outer.merge(aggregate, position, Math::max));
			}
			return new Recorded<>(result, positions.get(aggregateId));
		}
		finally {
			RECORDING.set(outer);
		}
	}

	record Recorded<R>(R result, Long position) {
	}

}
