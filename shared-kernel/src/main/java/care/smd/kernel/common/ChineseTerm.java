package care.smd.kernel.common;

/** An enum constant that carries the term the national forms use for it. */
public interface ChineseTerm {

	/** The label a Chinese-speaking user sees, as printed on the national forms. */
	String chinese();

}
