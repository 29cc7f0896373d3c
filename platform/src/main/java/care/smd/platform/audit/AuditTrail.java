package care.smd.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.kernel.common.Sha256;
import care.smd.platform.security.Role;

/**
 * Who read which case file or exported what, when and through which endpoint: a hash
 * chain (each entry's SHA-256 covers its content and the previous hash), so a changed,
 * removed or reordered entry is found by {@link #verify()}. Entries are written in their
 * own transaction before the answer leaves.
 */
@Component
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	/** What was done. */
	public enum Action {

		CASE_READ, CASE_READ_REFUSED, CASE_SEARCH, WORKLIST_READ, EXPORT,
		/**
		 * a user outside the case's scope opened it by stating a reason (break the glass)
		 */
		EMERGENCY_ACCESS,
		/** a case file read under an emergency access */
		CASE_READ_EMERGENCY

	}

	/** The result of checking the chain: where it first breaks, if anywhere. */
	public record Verification(boolean intact, long entries, Long firstBrokenSequence, String reason) {
	}

	private final EntityManager entities;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AuditTrail(EntityManager entities, PlatformTransactionManager transactions, Clock clock) {
		this.entities = entities;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	public void record(Authentication who, Action action, String patientId, HttpServletRequest request) {
		record(who, action, patientId, null, request);
	}

	public void record(Authentication who, Action action, String patientId, String reason, HttpServletRequest request) {
		String endpoint = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		String roles = Role.namesHeldBy(who);
		this.ownTransaction.executeWithoutResult((tx) -> append(who.getName(), roles, action, patientId,
				endpoint.length() > 500 ? endpoint.substring(0, 500) : endpoint, reason));
	}

	private void append(String user, String roles, Action action, String patientId, String endpoint, String reason) {
		AuditChainHead head = this.entities.find(AuditChainHead.class, AuditChainHead.ID,
				LockModeType.PESSIMISTIC_WRITE);
		if (head == null) {
			head = new AuditChainHead();
			this.entities.persist(head);
			this.entities.flush();
			this.entities.lock(head, LockModeType.PESSIMISTIC_WRITE);
		}
		// milliseconds: what every database keeps exactly, so the hash survives the round
		// trip
		AuditEntry entry = new AuditEntry(head.lastSequence + 1, this.clock.instant().truncatedTo(ChronoUnit.MILLIS),
				user, roles, action.name(), patientId, endpoint);
		entry.reason = reason;
		entry.previousHash = head.lastHash;
		entry.hash = hash(entry);
		this.entities.persist(entry);
		head.lastSequence = entry.sequence;
		head.lastHash = entry.hash;
	}

	/**
	 * Recomputes the chain from the first entry and names the first entry that does not
	 * fit.
	 */
	public Verification verify() {
		return this.ownTransaction.execute((tx) -> {
			List<AuditEntry> entries = this.entities
				.createQuery("select e from AuditEntry e order by e.sequence", AuditEntry.class)
				.getResultList();
			String previous = GENESIS;
			long expected = 1;
			for (AuditEntry entry : entries) {
				if (entry.sequence != expected) {
					return new Verification(false, entries.size(), expected, "entry " + expected + " is missing");
				}
				if (!entry.previousHash.equals(previous)) {
					return new Verification(false, entries.size(), entry.sequence, "does not follow the entry before");
				}
				if (!hash(entry).equals(entry.hash)) {
					return new Verification(false, entries.size(), entry.sequence, "content was changed");
				}
				previous = entry.hash;
				expected++;
			}
			AuditChainHead head = this.entities.find(AuditChainHead.class, AuditChainHead.ID);
			if (head != null && head.lastSequence != entries.size()) {
				return new Verification(false, entries.size(), (long) entries.size() + 1,
						"the last entries are missing");
			}
			return new Verification(true, entries.size(), null, null);
		});
	}

	List<AuditEntry> entries(String patientId, String user, int limit) {
		return this.entities
			.createQuery("select e from AuditEntry e where (:patient is null or e.patientId = :patient) "
					+ "and (:user is null or e.username = :user) order by e.sequence desc", AuditEntry.class)
			.setParameter("patient", patientId)
			.setParameter("user", user)
			.setMaxResults(limit)
			.getResultList();
	}

	private static String hash(AuditEntry entry) {
		return Sha256.hex(entry.canonical());
	}

}
