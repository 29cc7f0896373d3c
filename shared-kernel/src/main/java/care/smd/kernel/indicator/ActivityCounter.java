package care.smd.kernel.indicator;

/**
 * What one patient adds, for one period, to its jurisdiction's activity counters. Each
 * needs something to have happened in the period; STANDARD_k counts the patient as
 * standard-managed when only the period's first k whole quarters are taken as elapsed
 * (the current period "to date").
 */
public enum ActivityCounter {

	MANAGED("managed"), STANDARD_0("standard0"), STANDARD_1("standard1"), STANDARD_2("standard2"),
	STANDARD_3("standard3"), STANDARD_4("standard4"), FACE_TO_FACE("faceToFace"), MEDICATION("medication"),
	REGULAR_MEDICATION("regularMedication"), SCHIZOPHRENIA_MEDICATION("schizophreniaMedication"), STABLE("stable"),
	STABLE_ELIGIBLE("stableEligible"), REHABILITATION("rehabilitation"), PSYCHOLOGICAL_SUPPORT("psychologicalSupport"),
	RISK_ASSESSED("riskAssessed"), INCIDENT("incident");

	/**
	 * {@link #values()} copies its array at every call; a rebuild asks for a standard
	 * counter five times for every period of every case
	 */
	private static final ActivityCounter[] ALL = values();

	private final String column;

	ActivityCounter(String column) {
		this.column = column;
	}

	/** The counter's column name in the read model. */
	public String column() {
		return this.column;
	}

	public static ActivityCounter standard(int elapsedQuarters) {
		return ALL[STANDARD_0.ordinal() + elapsedQuarters];
	}

}
