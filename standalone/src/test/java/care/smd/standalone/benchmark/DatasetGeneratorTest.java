package care.smd.standalone.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import care.smd.standalone.benchmark.DatasetGenerator.Event;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's data arrive in the order a running system would have stored them: a
 * replay of a store whose patients come one whole history after another measured a shape
 * no real store has.
 */
class DatasetGeneratorTest {

	private static final int PATIENTS = 400;

	private static DatasetGenerator generator;

	private static List<Event> events;

	@BeforeAll
	static void generate() {
		generator = generator();
		events = new ArrayList<>();
		generator.inTimeOrder(events::add);
	}

	private static DatasetGenerator generator() {
		DatasetGenerator generator = new DatasetGenerator(20261123L, PATIENTS);
		generator.defineJurisdictions((command) -> {
		});
		return generator;
	}

	@Test
	void everyEventOfEveryPatientComesOnce() {
		int expected = IntStream.range(0, PATIENTS).map((n) -> generator.patient(n).events()).sum();

		assertThat(events).hasSize(expected);
		assertThat(expected).isGreaterThan(PATIENTS * 8);
	}

	@Test
	void aPatientsEventsKeepTheirOrder() {
		Map<String, Integer> next = new HashMap<>();
		for (Event event : events) {
			String patient = event.patient().id().value();
			assertThat(event.index()).as(patient).isEqualTo(next.getOrDefault(patient, 0));
			assertThat(event.message().getSequenceNumber()).isEqualTo(event.index());
			next.put(patient, event.index() + 1);
		}
	}

	@Test
	void monthsComeInTheOrderTheyHappened() {
		for (int i = 1; i < events.size(); i++) {
			assertThat(month(events.get(i))).isGreaterThanOrEqualTo(month(events.get(i - 1)));
		}
		assertThat(month(events.get(events.size() - 1)))
			.isEqualTo(DatasetGenerator.month(DatasetGenerator.LAST_VISITS));
	}

	@Test
	void patientsAreInterleavedAsInAStoreOfRealUse() {
		long sameAsBefore = IntStream.range(1, events.size())
			.filter((i) -> events.get(i).patient().id().equals(events.get(i - 1).patient().id()))
			.count();

		// one history after another, every event but a history's first had its patient's
		// event before it
		assertThat((double) sameAsBefore / events.size()).isLessThan(0.1);
	}

	@Test
	void aSeedGivesTheSameEventsAgain() {
		List<Event> again = new ArrayList<>();
		generator().inTimeOrder(again::add);

		assertThat(again).hasSameSizeAs(events);
		for (int i = 0; i < events.size(); i += 97) {
			assertThat(again.get(i).message().getPayload()).isEqualTo(events.get(i).message().getPayload());
		}
	}

	private static int month(Event event) {
		return DatasetGenerator.month(event.patient().day(event.index()));
	}

}
