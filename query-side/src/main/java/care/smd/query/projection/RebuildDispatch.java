package care.smd.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;

/**
 * How a rebuild in the order of the cases hands one event to a read model's handlers: to
 * those that take its payload type, looked up once per type. Axon's invoker asks every
 * handler of the read model, for every event, first whether it takes part in replays and
 * whether it can handle the event, then again which of its methods does, each time in
 * streams over its methods: an eighth of the workers' time and a seventh of their
 * allocation in a rebuild at 100,000 patients (docs/benchmarks.md, session 37). A handler
 * that takes the payload type is still asked as Axon would ask it, and its failure goes
 * to the read model's error handler, as in Axon's invoker. Every event of a rebuild is a
 * replay in the root segment, so a group of handlers none of which takes part in replays
 * gets none, and the segment is not asked. A read model whose invoker is of another kind
 * than Axon's two gets its events through that invoker.
 */
final class RebuildDispatch {

	private final EventHandlerInvoker invoker;

	/** empty where the invoker is of another kind */
	private final List<Group> groups = new ArrayList<>();

	private final boolean known;

	/** Only the worker's thread asks after its construction. */
	private final Map<Class<?>, List<Target>> byPayload = new HashMap<>();

	RebuildDispatch(EventHandlerInvoker invoker) {
		this.invoker = invoker;
		this.known = add(invoker);
	}

	private boolean add(EventHandlerInvoker invoker) {
		if (invoker instanceof MultiEventHandlerInvoker multi) {
			return multi.delegates().stream().allMatch(this::add);
		}
		if (invoker instanceof SimpleEventHandlerInvoker simple) {
			if (simple.supportsReset()) {
				this.groups.add(new Group(simple.eventHandlers(), simple.getListenerInvocationErrorHandler()));
			}
			return true;
		}
		return false;
	}

	void handle(EventMessage<?> event) throws Exception {
		if (!this.known) {
			this.invoker.handle(event, Segment.ROOT_SEGMENT);
			return;
		}
		for (Target target : this.byPayload.computeIfAbsent(event.getPayloadType(), this::targets)) {
			try {
				target.handler.handle(event);
			}
			catch (Exception failed) {
				target.errors.onError(failed, event, target.handler);
			}
		}
	}

	private List<Target> targets(Class<?> payloadType) {
		List<Target> targets = new ArrayList<>();
		for (Group group : this.groups) {
			for (EventMessageHandler handler : group.handlers) {
				if (handler.canHandleType(payloadType)) {
					targets.add(new Target(handler, group.errors));
				}
			}
		}
		return targets;
	}

	private record Group(List<EventMessageHandler> handlers, ListenerInvocationErrorHandler errors) {
	}

	private record Target(EventMessageHandler handler, ListenerInvocationErrorHandler errors) {
	}

}
