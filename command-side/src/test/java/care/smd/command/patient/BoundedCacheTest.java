package care.smd.command.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.RepeatedTest;

/**
 * The case cache's bound holds the moment a case is put, not when a background pool gets
 * to it: a case past the bound that is still found is used instead of being read from the
 * store, and that read is what takes the case's snapshot.
 */
class BoundedCacheTest {

	@RepeatedTest(20)
	void aCacheOfSizeZeroKeepsNothing() {
		BoundedCache cache = new BoundedCache(0);
		cache.put("case", "state");
		assertThat(cache.containsKey("case")).isFalse();
		assertThat((Object) cache.get("case")).isNull();
	}

	@RepeatedTest(20)
	void aFullCacheHasMadeRoomBeforeThePutReturns() {
		BoundedCache cache = new BoundedCache(10);
		IntStream.range(0, 100).forEach((i) -> cache.put("case" + i, i));
		assertThat(IntStream.range(0, 100).filter((i) -> cache.containsKey("case" + i)).count())
			.isLessThanOrEqualTo(10);
	}

}
