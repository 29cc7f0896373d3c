package care.smd.query.patient;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Unknown and out-of-scope cases look the same: no hint that a case exists elsewhere. */
class CaseNotFound extends ResponseStatusException {

	CaseNotFound() {
		super(HttpStatus.NOT_FOUND, "There is no such case in your scope.");
	}

}
