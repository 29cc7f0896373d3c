package care.smd.kernel.followup;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;

/** Adverse drug reaction (药物不良反应); an acute one makes the visit unstable. */
public record AdverseReaction(AdverseReactionStatus status, String description, boolean acute) {

	public AdverseReaction {
		Require.present(status, "adverseReaction.status");
		description = Require.optionalText(description, "adverseReaction.description", 500);
		if (acute && status != AdverseReactionStatus.PRESENT) {
			throw new InvalidValue("adverseReaction.acute", "an acute reaction needs status PRESENT");
		}
	}

}
