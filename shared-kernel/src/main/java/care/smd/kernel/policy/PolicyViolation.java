package care.smd.kernel.policy;

import java.util.Map;

/**
 * A command broke a named business rule. The reason is written for the person who sent
 * the command and becomes the problem+json {@code detail}; nothing is recorded.
 */
public class PolicyViolation extends RuntimeException {

	/** How the violation answers over HTTP: 400, 409 or 404. */
	public enum Kind {

		INVALID, CONFLICT, NOT_FOUND

	}

	private final String policy;

	private final Kind kind;

	private final String field;

	private final Map<String, String> details;

	PolicyViolation(String policy, Kind kind, String field, String reason, Map<String, String> details) {
		super(reason);
		this.policy = policy;
		this.kind = kind;
		this.field = field;
		this.details = Map.copyOf(details);
	}

	public String policy() {
		return this.policy;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * The request field the rule is about, or null when it is about the case as a whole.
	 */
	public String field() {
		return this.field;
	}

	public String reason() {
		return getMessage();
	}

	/**
	 * Extra facts for the client, e.g. the id of the case that already holds an ID
	 * number.
	 */
	public Map<String, String> details() {
		return this.details;
	}

}
