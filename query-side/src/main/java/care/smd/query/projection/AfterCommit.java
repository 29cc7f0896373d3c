package care.smd.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once what is being written has committed: after the database transaction
 * (which may be a caller's, a request with an Idempotency-Key, rather than the command's
 * own), else after Axon's unit of work, else at once. Whoever hears of a change earlier
 * may act on something that is not there, or is rolled back.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else if (CurrentUnitOfWork.isStarted()) {
			CurrentUnitOfWork.get().root().afterCommit((unit) -> action.run());
		}
		else {
			action.run();
		}
	}

}
