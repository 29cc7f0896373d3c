package care.smd.kernel.policy;

import java.util.Map;

/** A task is done once; a new need is a new task. */
public final class TaskCompletedOnce {

	private TaskCompletedOnce() {
	}

	public static void check(boolean done, String taskId) {
		if (done) {
			throw new PolicyViolation("TaskCompletedOnce", PolicyViolation.Kind.CONFLICT, "taskId",
					"Task " + taskId + " is already done; a new need is a new task.", Map.of());
		}
	}

}
