package care.smd.kernel.followup;

/**
 * 分类干预: classifies a follow-up by the national work standard (严重精神障碍管理治疗工作规范, 2018).
 * <ul>
 * <li>Unstable: danger 3-5, or obvious psychotic symptoms, or absent insight, or an acute
 * adverse drug reaction, or serious somatic disease.</li>
 * <li>Basically stable: danger 1-2, or one of symptoms / insight / social function is
 * poor.</li>
 * <li>Stable: none of the above.</li>
 * </ul>
 * A visit that did not reach the patient is NOT_REACHED. "Obvious psychotic symptoms" is
 * any positive psychotic symptom of the form ({@link Symptom#isPsychotic()}); any other
 * symptom, partial insight or a poor social-function item makes the visit "poor".
 */
public final class ClassificationRules {

	private ClassificationRules() {
	}

	public static Classification classify(FollowUpForm visit) {
		if (!visit.reached()) {
			return Classification.NOT_REACHED;
		}
		if (isUnstable(visit)) {
			return Classification.UNSTABLE;
		}
		if (isBasicallyStable(visit)) {
			return Classification.BASICALLY_STABLE;
		}
		return Classification.STABLE;
	}

	private static boolean isUnstable(FollowUpForm visit) {
		boolean acuteReaction = visit.adverseReaction() != null && visit.adverseReaction().acute();
		return visit.dangerLevel().isHighRisk() || visit.symptoms().stream().anyMatch(Symptom::isPsychotic)
				|| visit.insight() == Insight.ABSENT || acuteReaction || visit.seriousSomaticDisease();
	}

	private static boolean isBasicallyStable(FollowUpForm visit) {
		boolean poorSocialFunction = visit.socialFunction() != null && visit.socialFunction().anyPoor();
		return visit.dangerLevel().value() > 0 || !visit.symptoms().isEmpty() || visit.insight() == Insight.PARTIAL
				|| poorSocialFunction;
	}

}
