package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifiersTest {

	private static final UUID ALL_ONES = new UUID(-1L, -1L);

	private static final UUID ALL_ZEROS = new UUID(0L, 0L);

	@Test
	void axonGivesEveryMessageOne() {
		assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
		UUID event = UUID.fromString(GenericEventMessage.asEventMessage("a visit").getIdentifier());
		assertThat(event.version()).isEqualTo(7);
	}

	@Test
	void isAVersion7UuidOfTheRfcVariant() {
		UUID id = UUID.fromString(new TimeOrderedIdentifiers().generateIdentifier());
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
	}

	@Test
	void beginsWithTheMillisecondsSince1970() {
		long millis = Instant.parse("2026-12-04T02:00:00.123Z").toEpochMilli();
		UUID id = TimeOrderedIdentifiers.at(millis, UUID.randomUUID());
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
		assertThat(id.toString()).startsWith("01a23ec7-a17b-7");
	}

	@Test
	void aLaterMillisecondSortsAfterAsTextWhateverTheRandomBits() {
		long millis = Instant.parse("2026-12-04T02:00:00Z").toEpochMilli();
		String earlier = TimeOrderedIdentifiers.at(millis, ALL_ONES).toString();
		String later = TimeOrderedIdentifiers.at(millis + 1, ALL_ZEROS).toString();
		// the event store's index compares the text
		assertThat(earlier).isLessThan(later);
	}

	@Test
	void keepsTheRandomBitsOfTheUuidItIsMadeFrom() {
		UUID random = UUID.randomUUID();
		UUID id = TimeOrderedIdentifiers.at(0, random);
		assertThat(id.getLeastSignificantBits()).isEqualTo(random.getLeastSignificantBits());
		assertThat(id.getMostSignificantBits() & 0x0FFF).isEqualTo(random.getMostSignificantBits() & 0x0FFF);
	}

	@Test
	void identifiersOfTheSameMillisecondDiffer() {
		TimeOrderedIdentifiers identifiers = new TimeOrderedIdentifiers();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.add(identifiers.generateIdentifier())).isTrue();
		}
	}

}
