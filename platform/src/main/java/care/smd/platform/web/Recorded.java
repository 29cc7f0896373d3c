package care.smd.platform.web;

import org.springframework.http.ResponseEntity;

/**
 * The answer to a command that records one fact about a case: which case, which event.
 */
public record Recorded(String patientId, String recorded) {

	public static ResponseEntity<Recorded> created(Object patientId, String event, String path) {
		return Created.at("/api/patients/" + patientId + "/" + path, new Recorded(patientId.toString(), event));
	}

}
