package care.smd.kernel.jurisdiction;

import care.smd.kernel.common.InvalidValue;

/**
 * The codes of one length under a prefix, as the range from the prefix padded with 0s to
 * the prefix padded with 9s. Codes are digits, so every collation orders codes of one
 * length as their digits, and an index on the code serves the range. A
 * {@code like 'prefix%'} it does not serve: under a database collation other than C,
 * PostgreSQL reads the whole table for it (docs/benchmarks.md, sessions 13 and 14).
 */
public record CodeRange(String low, String high) {

	/** Every community (12-digit code) under the prefix; "" is the whole country. */
	public static CodeRange communitiesUnder(String prefix) {
		return under(prefix, JurisdictionLevel.COMMUNITY.codeLength());
	}

	/** Every code of the given length under the prefix. */
	public static CodeRange under(String prefix, int length) {
		if (prefix == null || !prefix.chars().allMatch((c) -> c >= '0' && c <= '9') || prefix.length() > length) {
			throw new InvalidValue("jurisdiction", "must be digits, at most " + length);
		}
		String padding = "0".repeat(length - prefix.length());
		return new CodeRange(prefix + padding, prefix + padding.replace('0', '9'));
	}

}
