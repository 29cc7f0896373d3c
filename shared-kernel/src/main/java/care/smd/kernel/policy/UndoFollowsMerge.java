package care.smd.kernel.policy;

import java.util.Map;

/** Only a merge that happened can be undone, between the same two cases. */
public final class UndoFollowsMerge {

	private UndoFollowsMerge() {
	}

	public static void check(boolean merged) {
		if (!merged) {
			throw new PolicyViolation("UndoFollowsMerge", PolicyViolation.Kind.CONFLICT, null,
					"These two cases are not merged; there is nothing to undo.", Map.of());
		}
	}

}
