package care.smd.kernel.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import care.smd.kernel.common.InvalidValue;

/**
 * An administrative division code (GB/T 2260 and its township/community extension). Codes
 * nest by prefix: province 2 digits, prefecture 4, county 6, township 9, community 12.
 */
public record JurisdictionCode(String value) {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final int[] LEVEL_LENGTHS = { 2, 4, 6, 9, 12 };

	public JurisdictionCode {
		if (value == null || !DIGITS.matcher(value).matches() || JurisdictionLevel.ofLength(value.length()) == null) {
			throw new InvalidValue("jurisdiction",
					"must be an administrative division code of 2, 4, 6, 9 or 12 digits, e.g. 310105 or 310105002001");
		}
	}

	@JsonCreator
	public static JurisdictionCode of(String value) {
		return new JurisdictionCode(value);
	}

	public static JurisdictionCode community(String value) {
		JurisdictionCode code = new JurisdictionCode(value);
		if (!code.isCommunity()) {
			throw new InvalidValue("jurisdiction", "a patient belongs to a 12-digit village/community code");
		}
		return code;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public JurisdictionLevel level() {
		return JurisdictionLevel.ofLength(this.value.length());
	}

	public boolean isCommunity() {
		return level() == JurisdictionLevel.COMMUNITY;
	}

	/** True when {@code other} lies inside this jurisdiction (or is it). */
	public boolean contains(JurisdictionCode other) {
		return other.value.startsWith(this.value);
	}

	/** This code and every enclosing one, from the province down. */
	public List<JurisdictionCode> selfAndAncestors() {
		List<JurisdictionCode> result = new ArrayList<>();
		for (int length : LEVEL_LENGTHS) {
			if (length <= this.value.length()) {
				result.add(new JurisdictionCode(this.value.substring(0, length)));
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
