package care.smd.kernel.patient;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of an ID number: lets the system find "this person is
 * already registered" without keeping the number readable in an index. Without the key
 * the hash reveals nothing, even though ID numbers are guessable.
 */
public final class IdNumberFingerprint {

	private final SecretKeySpec key;

	public IdNumberFingerprint(byte[] key) {
		if (key == null || key.length < 16) {
			throw new IllegalArgumentException("the fingerprint key needs at least 16 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	public String of(ChineseIdNumber idNumber) {
		return hmac(idNumber.value());
	}

	/**
	 * The keyed fingerprint of name, birth date and guardian's phone: how a person
	 * registered twice under different ID numbers (a typo, an old number) is found again.
	 * Null when the guardian's phone is unknown.
	 */
	public String ofPerson(String name, java.time.LocalDate birthDate, String guardianPhone) {
		if (name == null || birthDate == null || guardianPhone == null || guardianPhone.isBlank()) {
			return null;
		}
		return hmac("person|" + name.replaceAll("\\s", "") + "|" + birthDate + "|" + guardianPhone.strip());
	}

	private String hmac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
