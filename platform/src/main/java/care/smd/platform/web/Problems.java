package care.smd.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem documents with a field-level {@code errors} list. */
public final class Problems {

	private Problems() {
	}

	/** One invalid field and why. */
	public record FieldError(String field, String reason) {
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:problem:smd:" + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalidField(String field, String reason) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
				(field == null ? "" : field + ": ") + reason);
		problem.setProperty("errors", List.of(new FieldError(field, reason)));
		return problem;
	}

	public static ProblemDetail withProperties(ProblemDetail problem, Map<String, ?> properties) {
		properties.forEach(problem::setProperty);
		return problem;
	}

	public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
