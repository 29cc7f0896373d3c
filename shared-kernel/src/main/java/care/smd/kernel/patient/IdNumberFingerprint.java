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
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(idNumber.value().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
