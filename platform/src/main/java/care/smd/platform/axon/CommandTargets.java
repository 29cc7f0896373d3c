package care.smd.platform.axon;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Which aggregate a command is for, read as Axon's
 * {@link AnnotationCommandTargetResolver} reads it (the member marked
 * {@link TargetAggregateIdentifier}, methods before fields, and
 * {@link TargetAggregateVersion}), with each command class's marked members found once.
 * Axon's resolver looks for them on every command, through every method and field of the
 * class and their annotations' annotations: 8-9 µs of CPU per command, and 3-4% of the
 * gateway's threads in the write benchmark at 100,000 patients (docs/benchmarks.md,
 * session 23). The aggregates name this bean in
 * {@code @Aggregate(commandTargetResolver = "commandTargets")}, and {@link Commands} asks
 * it for the case whose position a write answers.
 */
final class CommandTargets implements CommandTargetResolver {

	private final ClassValue<Target> byClass = new ClassValue<>() {
		@Override
		protected Target computeValue(Class<?> type) {
			return new Target(Reader.of(type, TargetAggregateIdentifier.class),
					Reader.of(type, TargetAggregateVersion.class));
		}
	};

	@Override
	public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
		Target target = this.byClass.get(command.getPayloadType());
		Object identifier = target.identifier().read(command.getPayload());
		if (identifier == null) {
			throw new IllegalArgumentException(("Invalid command. It does not identify the target aggregate. Make sure "
					+ "at least one of the fields or methods in the [%s] class contains the @TargetAggregateIdentifier "
					+ "annotation and that it returns a non-null value.")
				.formatted(command.getPayloadType().getSimpleName()));
		}
		return new VersionedAggregateIdentifier(identifier, asLong(target.version().read(command.getPayload())));
	}

	private static Long asLong(Object version) {
		if (version == null || version instanceof Long) {
			return (Long) version;
		}
		try {
			return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("The value provided for the version is not a number.", ex);
		}
	}

	private record Target(Reader identifier, Reader version) {
	}

	/** The value of a command's member marked with an annotation; null where none is. */
	private interface Reader {

		Object read(Object command);

		static Reader of(Class<?> type, Class<? extends Annotation> marker) {
			for (Method method : ReflectionUtils.methodsOf(type)) {
				if (AnnotationUtils.isAnnotationPresent(method, marker)) {
					Method accessible = ReflectionUtils.ensureAccessible(method);
					return (command) -> invoke(() -> accessible.invoke(command));
				}
			}
			for (Field field : ReflectionUtils.fieldsOf(type)) {
				if (AnnotationUtils.isAnnotationPresent(field, marker)) {
					Field accessible = ReflectionUtils.ensureAccessible(field);
					return (command) -> invoke(() -> accessible.get(command));
				}
			}
			return (command) -> null;
		}

		private static Object invoke(Access access) {
			try {
				return access.value();
			}
			catch (InvocationTargetException ex) {
				throw new IllegalArgumentException(
						"An exception occurred while extracting aggregate information form a command", ex);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalArgumentException(
						"The current security context does not allow extraction of aggregate information from the given command.",
						ex);
			}
		}

	}

	private interface Access {

		Object value() throws InvocationTargetException, IllegalAccessException;

	}

}
