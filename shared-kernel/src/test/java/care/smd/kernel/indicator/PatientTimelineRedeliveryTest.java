package care.smd.kernel.indicator;

import static care.smd.kernel.testing.Samples.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;

/**
 * Read models get events at least once: an event the timeline already holds (the same
 * sequence number of the case) leaves it as it was, so no visit is counted twice.
 */
class PatientTimelineRedeliveryTest {

	@Test
	void anEventDeliveredAgainChangesNothing() {
		PatientRegistered registered = Samples.registered();
		LocalDate day = LocalDate.of(2025, 4, 5);
		FollowUpRecorded visit = new FollowUpRecorded(PATIENT, "f-1", Samples.stableVisit(day), Classification.STABLE,
				null, day.plusMonths(3));
		PatientTimeline once = PatientTimeline.EMPTY.with(registered, 0).with(visit, 12);

		PatientTimeline again = once.with(visit, 12).with(registered, 0);

		assertThat(again).isEqualTo(once);
		assertThat(again.visits()).hasSize(1);
		assertThat(once.with(visit, 13).visits()).as("another event of the same content is another visit").hasSize(2);
	}

}
