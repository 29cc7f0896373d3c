package care.smd.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.policy.PolicyViolation;

/**
 * What a failed write tells its sender, as a problem document: for the error handler of
 * every endpoint, and for batches that answer each item on its own (offline sync).
 */
public final class Failures {

	private Failures() {
	}

	/**
	 * The problem for a known failure (a broken rule, an invalid value or body, a case
	 * not found, a concurrent change), or null for an unexpected one.
	 */
	public static ProblemDetail describe(Throwable ex) {
		PolicyViolation violation = find(ex, PolicyViolation.class);
		if (violation != null) {
			return policy(violation);
		}
		InvalidValue invalid = find(ex, InvalidValue.class);
		if (invalid != null) {
			return Problems.invalidField(invalid.field(), invalid.reason());
		}
		if (ex instanceof CommandExecutionException) {
			return null;
		}
		if (find(ex, AggregateNotFoundException.class) != null) {
			return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
					"There is no such case in your scope.");
		}
		if (find(ex, ConcurrencyException.class) != null) {
			return Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile",
					"Someone else changed this case at the same moment; nothing was recorded. Send the request again.");
		}
		if (find(ex, DataIntegrityViolationException.class) != null) {
			return Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Conflicting request",
					"A conflicting request was recorded at the same moment (for example the same ID number registered "
							+ "twice); nothing was recorded. Check the case and send again if still needed.");
		}
		if (find(ex, JsonProcessingException.class) != null) {
			return unreadable(ex);
		}
		return null;
	}

	private static ProblemDetail policy(PolicyViolation violation) {
		HttpStatus status = switch (violation.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
		ProblemDetail problem = Problems.problem(status, violation.policy(), "The request breaks a business rule",
				violation.reason());
		problem.setProperty("policy", violation.policy());
		if (violation.field() != null) {
			problem.setProperty("errors", List.of(new Problems.FieldError(violation.field(), violation.reason())));
		}
		return Problems.withProperties(problem, violation.details());
	}

	static ProblemDetail unreadable(Throwable ex) {
		InvalidValue invalid = find(ex, InvalidValue.class);
		if (invalid != null) {
			return Problems.invalidField(invalid.field(), invalid.reason());
		}
		JsonMappingException mapping = find(ex, JsonMappingException.class);
		if (mapping != null && !mapping.getPath().isEmpty()) {
			return Problems.invalidField(path(mapping), reason(mapping));
		}
		JsonProcessingException parse = find(ex, JsonProcessingException.class);
		if (parse != null && parse.getLocation() != null) {
			return Problems.invalidField(null, "malformed JSON at line " + parse.getLocation().getLineNr() + ", column "
					+ parse.getLocation().getColumnNr());
		}
		return Problems.invalidField(null, "the request body is missing or is not a JSON object of the expected shape");
	}

	private static String reason(JsonMappingException mapping) {
		if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return "'" + format.getValue() + "' is not one of "
					+ Arrays.stream(format.getTargetType().getEnumConstants())
						.map(Object::toString)
						.collect(Collectors.joining(", "));
		}
		if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "has the wrong type: expected " + describe(mismatched.getTargetType());
		}
		return "has the wrong type or format";
	}

	private static String describe(Class<?> type) {
		if (type.isRecord() && type.getRecordComponents().length == 1) {
			return describe(type.getRecordComponents()[0].getType());
		}
		if (type == java.time.LocalDate.class) {
			return "an ISO date such as 2025-03-14";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "a whole number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "a JSON array";
		}
		if (type == String.class) {
			return "a string";
		}
		return "a JSON object";
	}

	private static String path(JsonMappingException mapping) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : mapping.getPath()) {
			if (ref.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
