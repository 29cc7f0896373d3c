package care.smd.query.projection;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.platform.security.Role;
import care.smd.platform.web.Problems;

/**
 * An admin rebuilds this node's read models from the events, in the order of the cases
 * ({@link CaseOrderRebuild}), in the background, and asks how it went. One at a time on a
 * node; the read models of other nodes must be stopped first (the rebuild's reset claims
 * every segment).
 */
@RestController
@Tag(name = "Progress 进度")
class ReadModelRebuilds {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

	private static final List<String> READ_MODELS = List.of("case-views", "indicators");

	/**
	 * The last rebuild asked for here: running, or how it ended; the events handed over
	 * so far, and the position in the store it rebuilds up to (-1 before it knows).
	 */
	record Status(List<String> readModels, boolean running, Instant finishedAt, long events, long upTo,
			String failure) {
	}

	private final CaseOrderRebuild rebuild;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile Status last = new Status(READ_MODELS, false, null, 0, -1, null);

	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "read-model-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	ReadModelRebuilds(CaseOrderRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/api/read-models/rebuild")
	@Operation(summary = "Rebuild this node's read models from the events (admins); answers at once, "
			+ "and the rebuild runs in the background")
	ResponseEntity<Object> rebuild(Authentication admin) {
		adminOnly(admin);
		if (!this.running.compareAndSet(false, true)) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.problem(HttpStatus.CONFLICT, "rebuild-running", "A rebuild is running",
						"The read models are being rebuilt on this node already."));
		}
		this.last = new Status(READ_MODELS, true, null, 0, -1, null);
		this.runner.execute(this::run);
		return ResponseEntity.accepted().location(URI.create("/api/read-models/rebuild")).body(this.last);
	}

	@GetMapping("/api/read-models/rebuild")
	@Operation(summary = "The last rebuild of this node's read models: running, or how it ended (admins)")
	Status status(Authentication admin) {
		adminOnly(admin);
		Status last = this.last;
		if (!last.running()) {
			return last;
		}
		CaseOrderRebuild.Progress progress = this.rebuild.progress();
		return new Status(READ_MODELS, true, null, progress.events(), progress.upTo(), null);
	}

	private static void adminOnly(Authentication user) {
		if (!Role.anyHeldBy(user, Role.ADMIN)) {
			throw new AccessDeniedException("rebuilding the read models is for admins");
		}
	}

	private void run() {
		String failure = null;
		try {
			this.rebuild.rebuild(READ_MODELS.toArray(String[]::new));
		}
		catch (InterruptedException ex) {
			failure = "interrupted; the read models are replayed the ordinary way";
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			failure = ex.getMessage() + "; the read models are replayed the ordinary way";
			log.error("The rebuild of the read models stopped; they are replayed the ordinary way", ex);
		}
		finally {
			CaseOrderRebuild.Progress progress = this.rebuild.progress();
			this.last = new Status(READ_MODELS, false, Instant.now(), progress.events(), progress.upTo(), failure);
			this.running.set(false);
		}
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

}
