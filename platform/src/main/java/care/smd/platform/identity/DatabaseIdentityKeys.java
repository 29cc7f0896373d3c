package care.smd.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Data keys in table {@code identity_key}, each wrapped with the master key from
 * {@code smd.identity.master-key} (base64, 32 bytes; in production from the environment
 * or a secret store, never from the database). A backup of the database therefore holds
 * only wrapped keys. Keys are written in the transaction that stores the event they seal.
 */
@Component
class DatabaseIdentityKeys implements IdentityKeys {

	private final EntityManager entities;

	private final byte[] masterKey;

	private final Clock clock;

	DatabaseIdentityKeys(EntityManager entities, @Value("${smd.identity.master-key}") String masterKey, Clock clock) {
		this.entities = entities;
		this.masterKey = Base64.getDecoder().decode(masterKey);
		if (this.masterKey.length != 32) {
			throw new IllegalArgumentException("smd.identity.master-key must be 32 bytes, base64");
		}
		this.clock = clock;
	}

	@Override
	public byte[] keyFor(String patientId) {
		return existingKey(patientId).orElseGet(() -> {
			byte[] key = Aes.newKey();
			String wrapped = Base64.getEncoder()
				.encodeToString(Aes.seal(this.masterKey, key, patientId.getBytes(StandardCharsets.UTF_8)));
			this.entities.persist(new IdentityKeyRow(patientId, wrapped, this.clock.instant()));
			return key;
		});
	}

	@Override
	public Optional<byte[]> existingKey(String patientId) {
		IdentityKeyRow row = this.entities.find(IdentityKeyRow.class, patientId);
		if (row == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Aes.open(this.masterKey, Base64.getDecoder().decode(row.wrappedKey),
					patientId.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a data key does not open with the configured master key", ex);
		}
	}

	/**
	 * The rows come into the transaction's persistence context, where each later
	 * {@link #existingKey} finds its own without a query: one query per registration was
	 * a sixth of what the read models waited on in a replay (docs/benchmarks.md, session
	 * 9).
	 */
	@Override
	public void readAhead(Collection<String> patientIds) {
		if (!patientIds.isEmpty()) {
			this.entities.createQuery("select k from IdentityKeyRow k where k.patientId in :ids", IdentityKeyRow.class)
				.setParameter("ids", patientIds)
				.setFlushMode(FlushModeType.COMMIT)
				.getResultList();
		}
	}

	@Override
	public void erase(String patientId) {
		IdentityKeyRow row = this.entities.find(IdentityKeyRow.class, patientId);
		if (row != null) {
			this.entities.remove(row);
		}
	}

}
