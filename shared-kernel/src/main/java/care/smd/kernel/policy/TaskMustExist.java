package care.smd.kernel.policy;

import java.util.Map;

/** Only a task of this case can be completed. */
public final class TaskMustExist {

	private TaskMustExist() {
	}

	public static void check(boolean exists, String taskId) {
		if (!exists) {
			throw new PolicyViolation("TaskMustExist", PolicyViolation.Kind.NOT_FOUND, "taskId",
					"This case has no task " + taskId + ".", Map.of());
		}
	}

}
