package care.smd.platform.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Identity keys in memory, for tests without a database. */
public class InMemoryIdentityKeys implements IdentityKeys {

	private final Map<String, byte[]> keys = new HashMap<>();

	@Override
	public byte[] keyFor(String patientId) {
		return this.keys.computeIfAbsent(patientId, (id) -> Aes.newKey());
	}

	@Override
	public Optional<byte[]> existingKey(String patientId) {
		return Optional.ofNullable(this.keys.get(patientId));
	}

	@Override
	public void erase(String patientId) {
		this.keys.remove(patientId);
	}

}
