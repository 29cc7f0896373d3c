package care.smd.command.patient;

import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's cache interface over a Caffeine cache of bounded size: Axon's own in-memory
 * cache is either unbounded or weakly held (emptied by any collection).
 * <p>
 * Caffeine's upkeep (evicting past the bound) runs on the thread that puts, not on the
 * common fork-join pool: a case evicted late is a case still found, used as kept instead
 * of read from the store, and only that read takes its snapshot. On a busy two-core node
 * the pool ran late enough for a case beyond a bound of 0 to be found by the next
 * command.
 */
final class BoundedCache implements Cache {

	private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

	BoundedCache(long maximumSize) {
		this.entries = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <K, V> V get(K key) {
		return (V) this.entries.getIfPresent(key);
	}

	@Override
	public void put(Object key, Object value) {
		this.entries.put(key, value);
	}

	@Override
	public boolean putIfAbsent(Object key, Object value) {
		return this.entries.asMap().putIfAbsent(key, value) == null;
	}

	@Override
	public boolean remove(Object key) {
		return this.entries.asMap().remove(key) != null;
	}

	@Override
	public void removeAll() {
		this.entries.invalidateAll();
	}

	@Override
	public boolean containsKey(Object key) {
		return this.entries.asMap().containsKey(key);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
		this.entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
	}

	/** Nothing in Axon's repositories listens; a listener here would never be called. */
	@Override
	public Registration registerCacheEntryListener(EntryListener listener) {
		throw new UnsupportedOperationException("the case cache has no entry listeners");
	}

}
