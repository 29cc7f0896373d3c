package care.smd.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.policy.PolicyViolation;

/**
 * Every failure becomes problem+json: invalid values and malformed JSON 400 with the
 * field, business rules 400/404/409 with the rule's reason, and nothing unexpected leaks
 * its internals.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler(PolicyViolation.class)
	ResponseEntity<ProblemDetail> policy(PolicyViolation violation) {
		HttpStatus status = switch (violation.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
		ProblemDetail problem = Problems.problem(status, violation.policy(), "The request breaks a business rule",
				violation.reason());
		problem.setProperty("policy", violation.policy());
		if (violation.field() != null) {
			problem.setProperty("errors",
					java.util.List.of(new Problems.FieldError(violation.field(), violation.reason())));
		}
		return Problems.respond(Problems.withProperties(problem, violation.details()));
	}

	@ExceptionHandler(InvalidValue.class)
	ResponseEntity<ProblemDetail> invalidValue(InvalidValue invalid) {
		return Problems.respond(Problems.invalidField(invalid.field(), invalid.reason()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
		InvalidValue invalid = find(mismatch, InvalidValue.class);
		if (invalid != null) {
			return invalidValue(invalid);
		}
		return Problems.respond(Problems.invalidField(mismatch.getName(), "has the wrong format"));
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(org.springframework.security.access.AccessDeniedException ex) {
		return Problems
			.respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this."));
	}

	@ExceptionHandler(AggregateNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException ex) {
		return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
				"There is no such case in your scope."));
	}

	@ExceptionHandler(ConcurrencyException.class)
	ResponseEntity<ProblemDetail> concurrent(ConcurrencyException ex) {
		return Problems.respond(Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile",
				"Someone else changed this case at the same moment; nothing was recorded. Send the request again."));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		return Problems.respond(Problems.problem(HttpStatus.CONFLICT, "concurrent-change", "Conflicting request",
				"A conflicting request was recorded at the same moment (for example the same ID number registered "
						+ "twice); nothing was recorded. Check the case and send again if still needed."));
	}

	@ExceptionHandler(CommandExecutionException.class)
	ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof PolicyViolation violation) {
			return policy(violation);
		}
		if (cause instanceof InvalidValue invalid) {
			return invalidValue(invalid);
		}
		return unexpected(ex);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure ({})", ex.getClass().getName(), ex);
		return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"The request could not be completed; nothing was recorded. The operators have been told."));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problemEntity(unreadable(ex));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
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

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static ResponseEntity<Object> problemEntity(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
