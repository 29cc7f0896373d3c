package care.smd.query.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * What a projection reads once per batch of events and keeps until the batch ends: a
 * patient's events come in runs, and a query per event was a large part of a replay.
 * Outside a batch every call reads afresh.
 */
public final class PerBatch {

	private PerBatch() {
	}

	/**
	 * The value of this batch for the key, loaded at its first use.
	 * @param name what is kept, unique per use
	 */
	public static <V> V get(String name, String key, Function<String, V> load) {
		if (!CurrentUnitOfWork.isStarted()) {
			return load.apply(key);
		}
		Map<String, V> byKey = CurrentUnitOfWork.get()
			.root()
			.getOrComputeResource(name, (resource) -> new HashMap<String, V>());
		return byKey.computeIfAbsent(key, load);
	}

}
