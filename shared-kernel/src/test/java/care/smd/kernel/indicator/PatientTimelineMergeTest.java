package care.smd.kernel.indicator;

import static care.smd.kernel.testing.Samples.COMMUNITY;
import static care.smd.kernel.testing.Samples.OTHER_COMMUNITY;
import static care.smd.kernel.testing.Samples.OTHER_PATIENT;
import static care.smd.kernel.testing.Samples.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;

/** One person recorded twice, read as one timeline. */
class PatientTimelineMergeTest {

	private static PatientRegistered registered(PatientId id, JurisdictionCode community, LocalDate on) {
		PatientRegistered sample = Samples.registered();
		return new PatientRegistered(id, community, on, sample.person(), sample.guardian(), sample.consent(),
				sample.diagnosis(), sample.background(), on.plusDays(14));
	}

	private static FollowUpRecorded visit(PatientId id, LocalDate day) {
		return new FollowUpRecorded(id, "f-" + day, Samples.stableVisit(day), Classification.STABLE, null,
				day.plusMonths(3));
	}

	@Test
	void theSurvivorGainsTheDuplicatesRecordsAndItsEarlierRegistration() {
		PatientTimeline survivor = PatientTimeline.EMPTY
			.with(registered(PATIENT, COMMUNITY, LocalDate.of(2025, 3, 1)), 0)
			.with(visit(PATIENT, LocalDate.of(2025, 7, 10)), 1);
		PatientTimeline duplicate = PatientTimeline.EMPTY
			.with(registered(OTHER_PATIENT, OTHER_COMMUNITY, LocalDate.of(2025, 1, 5)), 0)
			.with(visit(OTHER_PATIENT, LocalDate.of(2025, 2, 10)), 1)
			.with(visit(OTHER_PATIENT, LocalDate.of(2025, 4, 10)), 2);

		PatientTimeline person = survivor.absorbing(duplicate);

		assertThat(person.visits()).extracting(PatientTimeline.Visit::date)
			.containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 4, 10), LocalDate.of(2025, 7, 10));
		assertThat(person.registeredOn()).isEqualTo(LocalDate.of(2025, 1, 5));
		assertThat(person.communityAt(LocalDate.of(2025, 2, 1))).as("before the survivor's record began")
			.isEqualTo(OTHER_COMMUNITY.value());
		assertThat(person.communityAt(LocalDate.of(2025, 12, 31))).as("the survivor's record decides")
			.isEqualTo(COMMUNITY.value());
		assertThat(survivor.absorbing(PatientTimeline.EMPTY)).isEqualTo(survivor);
	}

}
