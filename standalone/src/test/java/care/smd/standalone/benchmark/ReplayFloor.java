package care.smd.standalone.benchmark;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import care.smd.kernel.patient.PatientEvent;

/**
 * The rebuild's floor: processors configured as the read models are (pooled, batches of
 * 500, the same event source, storage engine and handler interceptors) whose one handler
 * takes every patient event decoded and writes nothing. What they cost is what any read
 * model built on Axon's processor pays before its first write: the fetch, the decoding,
 * the unit of work and the token stored per batch. One has a segment, as each read model
 * has; the other two, so that a processor doing nothing can use both cores. Registered
 * only in the benchmark's application, never in the product.
 */
final class ReplayFloor {

	static final String ONE_SEGMENT = "bench-floor";

	static final String TWO_SEGMENTS = "bench-floor-2";

	/** Each floor processor and its segment count, in the order they are measured. */
	static final Map<String, Integer> SEGMENTS = new LinkedHashMap<>();

	static {
		SEGMENTS.put(ONE_SEGMENT, 1);
		SEGMENTS.put(TWO_SEGMENTS, 2);
	}

	private ReplayFloor() {
	}

	/** As the read models are configured in smd-platform.properties. */
	static Map<String, String> properties() {
		Map<String, String> properties = new HashMap<>();
		SEGMENTS.forEach((group, segments) -> {
			String prefix = "axon.eventhandling.processors." + group;
			properties.put(prefix + ".mode", "pooled");
			properties.put(prefix + ".initial-segment-count", segments.toString());
			properties.put(prefix + ".batch-size", "500");
			properties.put(prefix + ".source", "localEventsWakeProcessors");
		});
		return properties;
	}

	@ProcessingGroup(ONE_SEGMENT)
	static class OneSegment {

		@EventHandler
		void on(PatientEvent event) {
			ReplayFloor.read(event);
		}

	}

	@ProcessingGroup(TWO_SEGMENTS)
	static class TwoSegments {

		@EventHandler
		void on(PatientEvent event) {
			ReplayFloor.read(event);
		}

	}

	/** Reads the decoded payload, so that nothing can skip decoding it. */
	private static void read(PatientEvent event) {
		if (event.patientId() == null) {
			throw new IllegalStateException("an event without its case");
		}
	}

}
