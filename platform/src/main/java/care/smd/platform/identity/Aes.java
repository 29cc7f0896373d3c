package care.smd.platform.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce stored in front of the ciphertext; the
 * associated data binds it.
 */
final class Aes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Aes() {
	}

	static byte[] newKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	static byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	static byte[] open(byte[] key, byte[] sealed, byte[] associatedData) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
		cipher.updateAAD(associatedData);
		return cipher.doFinal(sealed, 12, sealed.length - 12);
	}

}
