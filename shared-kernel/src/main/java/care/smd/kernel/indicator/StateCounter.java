package care.smd.kernel.indicator;

/**
 * What one patient adds to its jurisdiction's counts as of a month's end: states, not
 * activity.
 */
public enum StateCounter {

	REGISTERED("registered"), SCHIZOPHRENIA("schizophrenia"), HOME_DWELLING("homeDwelling"), LOST("lost"),
	NEEDS_TEAM("needsTeam"), TEAM_COVERED("teamCovered");

	private final String column;

	StateCounter(String column) {
		this.column = column;
	}

	/** The counter's column name in the read model. */
	public String column() {
		return this.column;
	}

}
