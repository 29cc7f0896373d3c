package care.smd.platform.progress;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the progress of long work (a bulk import): done out of total, stored so that
 * {@code GET /api/progress/{id}} answers on any node, and a log line each time another 5
 * % is done.
 */
@Component
public class ProgressTracker {

	private static final Logger log = LoggerFactory.getLogger(ProgressTracker.class);

	private final EntityManager entities;

	private final TransactionTemplate ownTransaction;

	ProgressTracker(EntityManager entities, PlatformTransactionManager transactions) {
		this.entities = entities;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public String start(String kind, String owner, long total) {
		String id = UUID.randomUUID().toString();
		this.ownTransaction.executeWithoutResult(
				(tx) -> this.entities.persist(new WorkProgress(id, kind, owner, total, Instant.now())));
		log.info("{} {} started: {} items", kind, id, total);
		return id;
	}

	public void advance(String id, long done) {
		this.ownTransaction.executeWithoutResult((tx) -> {
			WorkProgress work = this.entities.find(WorkProgress.class, id);
			long before = percent(work.done, work.total) / 5;
			work.done = done;
			if (percent(done, work.total) / 5 > before) {
				log.info("{} {}: {} of {} ({} %)", work.kind, id, done, work.total, percent(done, work.total));
			}
		});
	}

	public void finish(String id, String resultJson) {
		end(id, "DONE", resultJson);
	}

	public void fail(String id, String resultJson) {
		end(id, "FAILED", resultJson);
	}

	private void end(String id, String status, String resultJson) {
		this.ownTransaction.executeWithoutResult((tx) -> {
			WorkProgress work = this.entities.find(WorkProgress.class, id);
			work.status = status;
			work.finishedAt = Instant.now();
			work.resultJson = resultJson;
			log.info("{} {} {}: {} of {}", work.kind, id, status.toLowerCase(), work.done, work.total);
		});
	}

	private static long percent(long done, long total) {
		return total == 0 ? 100 : done * 100 / total;
	}

}
