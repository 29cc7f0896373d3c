package care.smd.platform.axon;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CommandTargets} reads every shape of command as Axon's own resolver does: the
 * same aggregate and version, or the same refusal.
 */
class CommandTargetsTest {

	private final CommandTargets targets = new CommandTargets();

	private final AnnotationCommandTargetResolver axon = new AnnotationCommandTargetResolver();

	record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion Object version) {
	}

	static class ByField {

		@TargetAggregateIdentifier
		private final String id;

		ByField(String id) {
			this.id = id;
		}

	}

	static class Inherited extends ByField {

		Inherited(String id) {
			super(id);
		}

	}

	static class ByMethod {

		private final String field;

		@TargetAggregateIdentifier
		private final String other = "from the field";

		ByMethod(String field) {
			this.field = field;
		}

		@TargetAggregateIdentifier
		String target() {
			return "from the method " + this.field;
		}

	}

	static class Throwing {

		@TargetAggregateIdentifier
		String target() {
			throw new IllegalStateException("no target");
		}

	}

	record Unmarked(String id) {
	}

	static Stream<Object> commands() {
		return Stream.of(new RecordFollowUp(Samples.PATIENT, "f-1", Samples.stableVisit(LocalDate.of(2026, 11, 2))),
				new Versioned("a", null), new Versioned("a", 7L), new Versioned("a", 7), new Versioned("a", "7"),
				new Versioned("a", "seven"), new Versioned(null, 1L), new ByField("b"), new Inherited("c"),
				new ByMethod("d"), new Throwing(), new Unmarked("e"));
	}

	@ParameterizedTest
	@MethodSource("commands")
	void readsEachCommandAsAxonDoes(Object command) {
		Object expected = resolve(this.axon::resolveTarget, command);
		// twice: the second read is the one found when the class was first met
		for (int read = 0; read < 2; read++) {
			Object actual = resolve(this.targets::resolveTarget, command);
			if (expected instanceof VersionedAggregateIdentifier target) {
				assertThat(actual).isEqualTo(target);
			}
			else {
				assertThat(actual).isInstanceOf(IllegalArgumentException.class);
				assertThat(((Throwable) actual).getMessage()).isEqualTo(((Throwable) expected).getMessage());
			}
		}
	}

	@Test
	void refusesACommandWithoutATargetOrWithAVersionThatIsNoNumber() {
		assertThat(resolve(this.targets::resolveTarget, new Unmarked("e")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(resolve(this.targets::resolveTarget, new Versioned(null, 1L)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(resolve(this.targets::resolveTarget, new Versioned("a", "seven")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(resolve(this.targets::resolveTarget, new ByMethod("d")))
			.isEqualTo(new VersionedAggregateIdentifier("from the method d", null));
	}

	private static Object resolve(Function<GenericCommandMessage<Object>, Object> resolver, Object command) {
		try {
			return resolver.apply(new GenericCommandMessage<>(command));
		}
		catch (IllegalArgumentException ex) {
			return ex;
		}
	}

}
