package care.smd.query.consistency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Makes each read model's segment handle every event of its own cases, if only by doing
 * nothing. A segment stores its position in the same transaction as the events it
 * handles, but for an event none of its handlers takes it stores the position only when
 * it next extends its claim (seconds later). Read-your-writes reads that stored position
 * for segments on other nodes, and a write's last event is often one that a read model
 * ignores.
 */
final class EveryEventMovesTheSegment {

	private EveryEventMovesTheSegment() {
	}

	@Component
	@ProcessingGroup("case-views")
	static class CaseViews {

		@EventHandler
		void on(Object event) {
			// the position is what counts
		}

	}

	@Component
	@ProcessingGroup("indicators")
	static class Indicators {

		@EventHandler
		void on(Object event) {
			// the position is what counts
		}

	}

}
