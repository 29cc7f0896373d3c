package care.smd.platform.web;

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

	@ExceptionHandler({ PolicyViolation.class, InvalidValue.class, AggregateNotFoundException.class,
			ConcurrencyException.class, DataIntegrityViolationException.class, CommandExecutionException.class })
	ResponseEntity<ProblemDetail> known(Exception ex) {
		ProblemDetail problem = Failures.describe(ex);
		return problem != null ? Problems.respond(problem) : unexpected(ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
		InvalidValue invalid = Failures.find(mismatch, InvalidValue.class);
		if (invalid != null) {
			return Problems.respond(Problems.invalidField(invalid.field(), invalid.reason()));
		}
		return Problems.respond(Problems.invalidField(mismatch.getName(), "has the wrong format"));
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(org.springframework.security.access.AccessDeniedException ex) {
		return Problems
			.respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this."));
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
		return problemEntity(Failures.unreadable(ex));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	private static ResponseEntity<Object> problemEntity(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
