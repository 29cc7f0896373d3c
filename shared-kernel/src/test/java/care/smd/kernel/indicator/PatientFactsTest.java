package care.smd.kernel.indicator;

import static care.smd.kernel.testing.Samples.COMMUNITY;
import static care.smd.kernel.testing.Samples.PATIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.Classification;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;

/** Standard management (规范管理) of one patient, by the quarters it requires. */
class PatientFactsTest {

	private static final Period YEAR = Period.parse("2025");

	@Test
	void everyElapsedQuarterSinceRegistrationNeedsAnAssessedVisit() {
		PatientTimeline timeline = registeredOn(LocalDate.of(2024, 6, 1))
			.with(visit(Samples.stableVisit(day(2, 10))), 1)
			.with(visit(Samples.stableVisit(day(5, 10))), 2)
			.with(visit(Samples.stableVisit(day(8, 10))), 3);

		assertThat(standard(timeline, 3)).as("Q1 to Q3 elapsed, each with a visit").isTrue();
		assertThat(standard(timeline, 4)).as("nothing in Q4").isFalse();
	}

	@Test
	void quartersBegunBeforeRegistrationAreNotRequired() {
		PatientTimeline timeline = registeredOn(LocalDate.of(2025, 5, 20))
			.with(visit(Samples.stableVisit(day(8, 10))), 1)
			.with(visit(Samples.stableVisit(day(11, 10))), 2);

		assertThat(standard(timeline, 4)).as("Q3 and Q4 only").isTrue();
	}

	@Test
	void withNoQuarterRequiredOneAssessedVisitInThePeriodIsEnough() {
		LocalDate registered = LocalDate.of(2025, 11, 15);

		assertThat(standard(registeredOn(registered).with(visit(Samples.stableVisit(day(12, 1))), 1), 4)).isTrue();
		assertThat(standard(registeredOn(registered).with(visit(Samples.lostVisit(day(12, 1))), 1), 4))
			.as("a visit that did not find the patient assesses nothing")
			.isFalse();
		assertThat(standard(registeredOn(registered), 4)).isFalse();
	}

	private static boolean standard(PatientTimeline timeline, int elapsedQuarters) {
		return PatientFacts.activity(timeline, YEAR).counts()[ActivityCounter.standard(elapsedQuarters).ordinal()] == 1;
	}

	private static PatientTimeline registeredOn(LocalDate day) {
		PatientRegistered sample = Samples.registered();
		return PatientTimeline.EMPTY.with(new PatientRegistered(PATIENT, COMMUNITY, day, sample.person(),
				sample.guardian(), sample.consent(), sample.diagnosis(), sample.background(), day.plusDays(14)), 0);
	}

	private static FollowUpRecorded visit(FollowUpForm form) {
		return new FollowUpRecorded(PATIENT, "f-" + form.date(), form, Classification.STABLE, null,
				form.date().plusMonths(3));
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2025, month, day);
	}

}
