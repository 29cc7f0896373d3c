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

	/**
	 * A cipher per thread, initialised again for each use: finding one among the JDK's
	 * providers made about two thirds of opening a registration's identity in a rebuild
	 * (docs/benchmarks.md, session 37).
	 */
	private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	});

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
			Cipher cipher = CIPHER.get();
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
		Cipher cipher = CIPHER.get();
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
		cipher.updateAAD(associatedData);
		return cipher.doFinal(sealed, 12, sealed.length - 12);
	}

}
