package care.smd.query.indicator;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import care.smd.kernel.common.DomainEvent;
import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.indicator.PatientTimeline;
import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.testing.Samples;
import care.smd.platform.axon.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineJsonTest {

	private final TimelineJson timelines = new TimelineJson();

	/**
	 * A timeline with an entry of every kind: every patient event of the golden files.
	 */
	private static PatientTimeline everyKind() {
		PatientTimeline timeline = PatientTimeline.EMPTY;
		long sequence = 0;
		for (DomainEvent event : Samples.everyEvent()) {
			if (event instanceof PatientEvent recorded) {
				timeline = timeline.with(recorded, sequence++);
			}
		}
		return timeline;
	}

	private static PatientTimeline registeredAndVisited(int visits) {
		PatientTimeline timeline = PatientTimeline.EMPTY.with(Samples.registered(), 0);
		for (int i = 1; i <= visits; i++) {
			LocalDate day = Samples.REGISTERED_ON.plusMonths(i);
			timeline = timeline.with(new FollowUpRecorded(Samples.PATIENT, "f-" + i, Samples.stableVisit(day),
					Classification.STABLE, null, day.plusMonths(3)), i);
		}
		return timeline;
	}

	@Test
	void everyKindOfEntryReadsBackEqual() throws Exception {
		PatientTimeline timeline = everyKind();
		assertThat(timeline.visits()).isNotEmpty();
		assertThat(timeline.hospital()).isNotEmpty();

		assertThat(this.timelines.read(this.timelines.write(timeline))).isEqualTo(timeline);
	}

	@Test
	void theStoredShapeIsPinned() throws Exception {
		// changing a record's components changes this shape: rows already stored would
		// then be misread, so such a change needs a reader for the old shape
		assertThat(this.timelines.write(registeredAndVisited(1)))
			.isEqualTo("[\"2024-01-10\",\"SCHIZOPHRENIA\"," + "[[\"2024-01-10\",0,\"310105002001\"]],"
					+ "[[\"2024-02-10\",1,0,true,true,false,\"REGULAR\",\"STABLE\",false,false,false]],"
					+ "[],[],[],[[\"2024-02-10\",1,false]],[],[]]");
	}

	@Test
	void rowsWrittenWithTheNamesAreStillRead() throws Exception {
		PatientTimeline timeline = everyKind();
		String named = EventJson.mapper().writeValueAsString(timeline);
		assertThat(named).startsWith("{\"registeredOn\"");

		assertThat(this.timelines.read(named)).isEqualTo(timeline);
	}

	@Test
	void absorbedTimelinesAreReadInEitherShape() throws Exception {
		PatientTimeline old = everyKind();
		PatientTimeline recent = registeredAndVisited(3);
		String mixed = "{\"a\":" + EventJson.mapper().writeValueAsString(old) + ",\"b\":" + this.timelines.write(recent)
				+ "}";

		assertThat(this.timelines.readAll(mixed)).containsExactly(Map.entry("a", old), Map.entry("b", recent));
		assertThat(this.timelines.readAll(this.timelines.writeAll(new TreeMap<>(Map.of("a", old, "b", recent)))))
			.containsExactly(Map.entry("a", old), Map.entry("b", recent));
	}

	@Test
	void threeYearsOfMonthlyVisitsTakeUnderFortyPercentOfTheNamedShape() throws Exception {
		PatientTimeline timeline = registeredAndVisited(36);

		int compact = this.timelines.write(timeline).length();
		int named = EventJson.mapper().writeValueAsString(timeline).length();

		// measured: 3,557 against 9,970 characters
		assertThat(compact).isLessThan(named * 4 / 10);
	}

}
