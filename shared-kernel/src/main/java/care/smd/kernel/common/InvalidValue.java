package care.smd.kernel.common;

/**
 * A value that can never be valid, whatever the state of the system: a malformed ID
 * number, a danger level of 7, a missing required field. Answered with 400 and the
 * field's name.
 */
public class InvalidValue extends IllegalArgumentException {

	private final String field;

	public InvalidValue(String field, String reason) {
		super(reason);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		return getMessage();
	}

}
