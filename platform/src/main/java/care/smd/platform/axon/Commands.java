package care.smd.platform.axon;

import jakarta.persistence.EntityManager;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a command as the logged-in user and waits for the aggregate's decision. The
 * answer carries {@code X-Consistency-Token}: the position of the aggregate's last event
 * in the store, which a read can pass back to wait until the projections have seen the
 * write.
 */
@Component
public class Commands {

	public static final String CONSISTENCY_TOKEN = "X-Consistency-Token";

	private static final int CONFLICT_ATTEMPTS = 3;

	private final CommandGateway gateway;

	private final EntityManager entities;

	private final CommandTargetResolver targets;

	Commands(CommandGateway gateway, EntityManager entities, CommandTargetResolver targets) {
		this.gateway = gateway;
		this.entities = entities;
		this.targets = targets;
	}

	public <R> R send(Object command) {
		CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
			.andMetaData(CommandActor.current());
		String aggregateId = this.targets.resolveTarget(message).getIdentifier();
		AppendedPositions.Recorded<R> sent = sendRetryingConflicts(message, aggregateId);
		exposeToken(aggregateId, sent.position());
		return sent.result();
	}

	/**
	 * Another node appended to the same case at the same moment: the unique (aggregate,
	 * sequence) key refused our events, nothing of ours was stored, and deciding again on
	 * the new state is safe. Inside a caller's transaction (a request with an
	 * Idempotency-Key) the database has already aborted it, so the conflict goes back to
	 * the client as 409, which sends the request again.
	 */
	private <R> AppendedPositions.Recorded<R> sendRetryingConflicts(CommandMessage<Object> message,
			String aggregateId) {
		for (int attempt = 1;; attempt++) {
			try {
				// recorded per attempt: what a refused attempt appended was rolled back
				return AppendedPositions.during(aggregateId, () -> this.gateway.sendAndWait(message));
			}
			catch (ConcurrencyException conflict) {
				if (attempt == CONFLICT_ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
					throw conflict;
				}
			}
		}
	}

	/**
	 * The position of the case's last event in the store: the consistency token for a
	 * read of that case; null if it has none. The case's last event by sequence number is
	 * also its last by position (an aggregate appends in order), and the unique index on
	 * (aggregate, sequence number) finds it by reading one row, where {@code max} of the
	 * position read every event of the case.
	 */
	public Long positionOf(String aggregateId) {
		return this.entities
			.createQuery("select e.globalIndex from DomainEventEntry e where e.aggregateIdentifier = :id "
					+ "order by e.aggregateIdentifier desc, e.sequenceNumber desc", Long.class)
			.setParameter("id", aggregateId)
			.setMaxResults(1)
			.getResultList()
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Through the request context because every write endpoint answers it, whatever its
	 * body. A command that appended nothing to the case (one that changed nothing)
	 * answers the position of the case's last event, read from the store.
	 */
	private void exposeToken(String aggregateId, Long appended) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null) {
			Long position = appended != null ? appended : positionOf(aggregateId);
			if (position != null) {
				request.getResponse().setHeader(CONSISTENCY_TOKEN, Long.toString(position));
			}
		}
	}

}
