package care.smd.command.patient;

import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Cases kept in memory between commands, so that a visit does not read and decode the
 * case's whole history again (over half of a follow-up's request time, and growing with
 * every visit).
 * <p>
 * A kept case is used only if its version is still the last sequence number in the store,
 * one indexed lookup. Another write node may have appended to the case since, or a
 * caller's transaction may have rolled back after the case was kept: a stale case could
 * refuse a command the current one accepts (a discharge after an admission recorded on
 * another node), and a refusal appends nothing for the store's unique key to catch. A
 * stale case is dropped and read again from the store. An append racing the check is
 * still refused by that unique key, and the command is decided again ({@code Commands}).
 */
final class VerifiedCaseRepository<T> extends CachingEventSourcingRepository<T> {

	private final Cache cache;

	private final EventStore store;

	private final Counter hits;

	private final Counter stale;

	private final Counter misses;

	private final IdentityLeftSealed sealed;

	VerifiedCaseRepository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore store,
			IdentityLeftSealed sealed, MeterRegistry meters) {
		super(builder.cache(cache).eventStore(store));
		this.cache = cache;
		this.store = store;
		this.sealed = sealed;
		this.hits = lookups(meters, "hit");
		this.stale = lookups(meters, "stale");
		this.misses = lookups(meters, "miss");
	}

	@Override
	protected EventSourcedAggregate<T> doLoadWithLock(String id, Long expectedVersion) {
		if (this.cache.containsKey(id)) {
			EventSourcedAggregate<T> kept = super.doLoadWithLock(id, expectedVersion);
			if (Objects.equals(kept.version(), this.store.lastSequenceNumberFor(id).orElse(null))) {
				this.hits.increment();
				return kept;
			}
			this.cache.remove(id);
			this.stale.increment();
		}
		else {
			this.misses.increment();
		}
		return super.doLoadWithLock(id, expectedVersion);
	}

	/** A case is read from the store with its identity left sealed. */
	@Override
	protected DomainEventStream readEvents(String id) {
		return this.sealed.of(super.readEvents(id));
	}

	private static Counter lookups(MeterRegistry meters, String result) {
		return Counter.builder("smd.case.cache")
			.description("Cases asked of the write node's case cache, by what was found")
			.tag("result", result)
			.register(meters);
	}

}
