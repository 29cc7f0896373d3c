package care.smd.platform.identity;

import java.util.Collection;
import java.util.Optional;

/** Per-patient data keys, kept apart from the event store. */
public interface IdentityKeys {

	/** The patient's key, created on first use. */
	byte[] keyFor(String patientId);

	/** The patient's key, if it has not been erased. */
	Optional<byte[]> existingKey(String patientId);

	/** Crypto-shredding: without the key the sealed identity can never be read again. */
	void erase(String patientId);

	/**
	 * Reads the keys of these patients ahead, in one go, for the lookups that follow in
	 * the same transaction (a batch of events about to be decoded).
	 */
	default void readAhead(Collection<String> patientIds) {
	}

}
