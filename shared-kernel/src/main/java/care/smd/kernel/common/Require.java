package care.smd.kernel.common;

import java.util.Collection;

/** Guards for value-object constructors; each failure names the field. */
public final class Require {

	private Require() {
	}

	public static <T> T present(T value, String field) {
		if (value == null) {
			throw new InvalidValue(field, "is required");
		}
		return value;
	}

	public static String text(String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidValue(field, "is required and must not be blank");
		}
		return optionalText(value, field, maxLength);
	}

	public static String optionalText(String value, String field, int maxLength) {
		if (value != null && value.length() > maxLength) {
			throw new InvalidValue(field, "must be at most " + maxLength + " characters");
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	public static int count(Integer value, String field) {
		if (value == null) {
			return 0;
		}
		if (value < 0 || value > 999) {
			throw new InvalidValue(field, "must be a count between 0 and 999");
		}
		return value;
	}

	public static <T> T[] atMost(T[] values, int max, String field) {
		if (values != null && values.length > max) {
			throw new InvalidValue(field, "allows at most " + max + " entries");
		}
		return values;
	}

	public static <C extends Collection<?>> C atMost(C values, int max, String field) {
		if (values != null && values.size() > max) {
			throw new InvalidValue(field, "allows at most " + max + " entries");
		}
		return values;
	}

}
