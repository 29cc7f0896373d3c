package care.smd.kernel.followup;

import com.fasterxml.jackson.annotation.JsonCreator;

import care.smd.kernel.common.Require;

/** How often each dangerous behaviour happened since the last visit (0 = none). */
public record DangerousBehaviour(int minorTrouble, int trouble, int disaster, int otherHarm, int selfHarm,
		int attemptedSuicide) {

	public static final DangerousBehaviour NONE = new DangerousBehaviour(0, 0, 0, 0, 0, 0);

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public DangerousBehaviour(Integer minorTrouble, Integer trouble, Integer disaster, Integer otherHarm,
			Integer selfHarm, Integer attemptedSuicide) {
		this(Require.count(minorTrouble, "dangerousBehaviour.minorTrouble"),
				Require.count(trouble, "dangerousBehaviour.trouble"),
				Require.count(disaster, "dangerousBehaviour.disaster"),
				Require.count(otherHarm, "dangerousBehaviour.otherHarm"),
				Require.count(selfHarm, "dangerousBehaviour.selfHarm"),
				Require.count(attemptedSuicide, "dangerousBehaviour.attemptedSuicide"));
	}

	/** Trouble (肇事) or disaster (肇祸): what the incident rate counts. */
	public boolean hasIncident() {
		return this.trouble > 0 || this.disaster > 0;
	}

}
