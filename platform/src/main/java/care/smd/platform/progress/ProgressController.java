package care.smd.platform.progress;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManager;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import care.smd.platform.security.Role;

@RestController
@Tag(name = "Progress 进度", description = "How far long work has come")
class ProgressController {

	record Progress(String id, String kind, long done, long total, double fraction, String status, Instant startedAt,
			Instant finishedAt, JsonNode result) {
	}

	private final EntityManager entities;

	private final ObjectMapper json;

	ProgressController(EntityManager entities, ObjectMapper json) {
		this.entities = entities;
		this.json = json;
	}

	@GetMapping("/api/progress/{id}")
	@Operation(summary = "Done out of total of your long work (a bulk import), and its result when finished")
	Progress progress(@PathVariable String id, Authentication user) throws JsonProcessingException {
		WorkProgress work = this.entities.find(WorkProgress.class, id);
		if (work == null || !(work.owner.equals(user.getName()) || Role.anyHeldBy(user, Role.ADMIN))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such work.");
		}
		return new Progress(work.id, work.kind, work.done, work.total,
				work.total == 0 ? 1.0 : (double) work.done / work.total, work.status, work.startedAt, work.finishedAt,
				work.resultJson == null ? null : this.json.readTree(work.resultJson));
	}

}
