package care.smd.platform.axon;

import java.util.UUID;

import org.axonframework.common.IdentifierFactory;

/**
 * The identifiers Axon gives its messages, events among them: UUIDs of version 7 (RFC
 * 9562), whose first 48 bits are the milliseconds since 1970 and whose other 74 are as
 * random as Axon's own version-4 UUIDs. An event's identifier is unique in the event
 * store, through an index as large as the store: a random identifier lands on a random
 * page of it, which the server must read and, the first time after each checkpoint, write
 * whole to its log; an identifier that grows with time lands on the last page, which
 * every other write has just touched (docs/benchmarks.md, session 25). Axon finds this
 * class through {@code META-INF/services}; identifiers already stored keep their shape.
 * The time an identifier tells is the time its event row records anyway.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

	private static final int VERSION_7 = 0x7000;

	private static final long RANDOM_LOW_12_BITS = 0x0FFF;

	@Override
	public String generateIdentifier() {
		return at(System.currentTimeMillis(), UUID.randomUUID()).toString();
	}

	/**
	 * A version-7 UUID for the time given, taking its random bits from a random
	 * (version-4) UUID, whose variant it keeps.
	 */
	static UUID at(long epochMillis, UUID random) {
		long high = (epochMillis << 16) | VERSION_7 | (random.getMostSignificantBits() & RANDOM_LOW_12_BITS);
		return new UUID(high, random.getLeastSignificantBits());
	}

}
