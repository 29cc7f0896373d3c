package care.smd.query.projection;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildDispatchTest {

	private final List<String> handled = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	@Test
	void eachEventReachesTheHandlersOfItsTypeInTheirOrderAndNoOther() throws Exception {
		RebuildDispatch dispatch = new RebuildDispatch(new MultiEventHandlerInvoker(
				invoker(new Strings("first"), new Numbers("numbers")), invoker(new Strings("second"))));

		dispatch.handle(replayed("a"));
		dispatch.handle(replayed(7));
		dispatch.handle(replayed("b"));

		assertThat(this.handled).containsExactly("first a", "second a", "numbers 7", "first b", "second b");
	}

	@Test
	void aGroupWithoutReplaysGetsNothing() throws Exception {
		RebuildDispatch dispatch = new RebuildDispatch(
				new MultiEventHandlerInvoker(invoker(new LiveOnly()), invoker(new Strings("replayed"))));

		dispatch.handle(replayed("a"));

		assertThat(this.handled).containsExactly("replayed a");
	}

	@Test
	void aFailureGoesToTheGroupsErrorHandlerAndTheNextHandlerStillGetsTheEvent() throws Exception {
		SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
			.eventHandlers(new Failing(), new Strings("after"))
			.listenerInvocationErrorHandler(
					(failure, event, handler) -> this.failures.add(failure.getMessage() + " " + event.getPayload()))
			.build();

		new RebuildDispatch(invoker).handle(replayed("a"));

		assertThat(this.failures).containsExactly("refused a");
		assertThat(this.handled).containsExactly("after a");
	}

	@Test
	void anInvokerOfAnotherKindIsHandedEveryEvent() throws Exception {
		List<Object> seen = new ArrayList<>();
		EventHandlerInvoker other = new EventHandlerInvoker() {

			@Override
			public boolean canHandle(EventMessage<?> event, Segment segment) {
				return true;
			}

			@Override
			public void handle(EventMessage<?> event, Segment segment) {
				seen.add(event.getPayload());
			}

		};

		new RebuildDispatch(other).handle(replayed("a"));

		assertThat(seen).containsExactly("a");
	}

	private static EventHandlerInvoker invoker(Object... handlers) {
		return SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build();
	}

	private static EventMessage<?> replayed(Object payload) {
		return new GenericTrackedEventMessage<>(
				ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(1)),
				GenericEventMessage.asEventMessage(payload));
	}

	private final class Strings {

		private final String name;

		Strings(String name) {
			this.name = name;
		}

		@EventHandler
		void on(String event) {
			RebuildDispatchTest.this.handled.add(this.name + " " + event);
		}

	}

	private final class Numbers {

		private final String name;

		Numbers(String name) {
			this.name = name;
		}

		@EventHandler
		void on(Integer event) {
			RebuildDispatchTest.this.handled.add(this.name + " " + event);
		}

	}

	@DisallowReplay
	private final class LiveOnly {

		@EventHandler
		void on(String event) {
			RebuildDispatchTest.this.handled.add("live " + event);
		}

	}

	private static final class Failing {

		@EventHandler
		void on(String event) {
			throw new IllegalStateException("refused");
		}

	}

}
