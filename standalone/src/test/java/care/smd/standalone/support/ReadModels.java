package care.smd.standalone.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Test helpers for the read models: rebuild them from the events, wait for them. */
public final class ReadModels {

	private ReadModels() {
	}

	/**
	 * A fresh replay: the processors forget their position and read every event again.
	 */
	public static void rebuild(EventProcessingConfiguration processing, String... processors) {
		for (String name : processors) {
			StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
				.orElseThrow();
			processor.shutDown();
			processor.resetTokens();
			processor.start();
		}
	}

	/** Polls until the condition holds; fails after the time limit. */
	public static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + limit.toSeconds() + " s");
			}
			Thread.sleep(100);
		}
	}

}
