package care.smd.kernel.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import care.smd.kernel.common.InvalidValue;

/**
 * The 18-character resident identity card number (公民身份号码, GB 11643-1999): 6-digit region,
 * 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check character. Never printed
 * in full.
 */
public record ChineseIdNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	public ChineseIdNumber {
		value = value == null ? null : value.strip().toUpperCase();
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new InvalidValue("idNumber", "must be 18 characters: 17 digits and a check digit or X");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			throw new InvalidValue("idNumber", "check digit does not match (GB 11643)");
		}
		birthDateOf(value);
	}

	@JsonCreator
	public static ChineseIdNumber of(String value) {
		return new ChineseIdNumber(value);
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return birthDateOf(this.value);
	}

	private static LocalDate birthDateOf(String value) {
		try {
			return LocalDate.parse(value.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValue("idNumber", "digits 7-14 must be a real birth date");
		}
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	/** Masked: identity data never reaches logs or exception messages. */
	@Override
	public String toString() {
		return "ChineseIdNumber[****************" + this.value.substring(16) + "]";
	}

}
