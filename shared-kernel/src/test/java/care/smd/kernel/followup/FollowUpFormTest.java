package care.smd.kernel.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.testing.Samples;

class FollowUpFormTest {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	@Test
	void aReachedVisitNeedsADangerAssessment() {
		assertThatThrownBy(() -> new FollowUpForm(DAY, VisitForm.PHONE, null, null, null, null, null, null, null, null,
				null, null, null, null, HospitalisationStatus.NONE, null, null, Adherence.REGULAR, null, null, null,
				null, null, false, false, false, null, null, null))
			.isInstanceOf(InvalidValue.class)
			.hasMessageContaining("required")
			.extracting((ex) -> ((InvalidValue) ex).field())
			.isEqualTo("dangerLevel");
	}

	@Test
	void aLostVisitNeedsNoAssessment() {
		FollowUpForm lost = Samples.lostVisit(DAY);
		assertThat(lost.reached()).isFalse();
		assertThat(lost.hasDangerAssessment()).isFalse();
	}

	@Test
	void listsAreSortedAndDistinctSoTheStoredShapeIsStable() {
		FollowUpForm visit = new FollowUpForm(DAY, VisitForm.CLINIC, List.of(Informant.OTHER, Informant.PATIENT), null,
				null, DangerLevel.of(0), List.of(Symptom.PESSIMISM, Symptom.HALLUCINATION, Symptom.PESSIMISM), null,
				null, null, null, null, null, null, HospitalisationStatus.NONE, null, null, Adherence.REGULAR, null,
				null, null, null, null, false, false, false, null, null, null);
		assertThat(visit.symptoms()).containsExactly(Symptom.HALLUCINATION, Symptom.PESSIMISM);
		assertThat(visit.informants()).containsExactly(Informant.PATIENT, Informant.OTHER);
	}

	@Test
	void aMissingEntryOfAStoredListIsLeftOut() {
		List<Symptom> withAHole = new java.util.ArrayList<>();
		withAHole.add(Symptom.PESSIMISM);
		withAHole.add(null);
		withAHole.add(Symptom.HALLUCINATION);
		FollowUpForm visit = new FollowUpForm(DAY, VisitForm.CLINIC, java.util.Collections.singletonList(null), null,
				null, DangerLevel.of(0), withAHole, null, null, null, null, null, null, null,
				HospitalisationStatus.NONE, null, null, Adherence.REGULAR, null, null, null, null, null, false, false,
				false, null, null, null);
		assertThat(visit.symptoms()).containsExactly(Symptom.HALLUCINATION, Symptom.PESSIMISM);
		assertThat(visit.informants()).isEmpty();
	}

	@Test
	void atMostThreeDrugs() {
		Medication drug = new Medication("利培酮", null, null, null, null, null);
		assertThatThrownBy(() -> new FollowUpForm(DAY, VisitForm.CLINIC, null, null, null, DangerLevel.of(0), null,
				null, null, null, null, null, null, null, HospitalisationStatus.NONE, null, null, Adherence.REGULAR,
				null, null, null, List.of(drug, drug, drug, drug), null, false, false, false, null, null, null))
			.isInstanceOf(InvalidValue.class)
			.extracting((ex) -> ((InvalidValue) ex).field())
			.isEqualTo("medication");
	}

	@Test
	void nextDateNotBeforeTheVisit() {
		assertThatThrownBy(() -> new FollowUpForm(DAY, VisitForm.CLINIC, null, null, null, DangerLevel.of(0), null,
				null, null, null, null, null, null, null, HospitalisationStatus.NONE, null, null, Adherence.REGULAR,
				null, null, null, null, null, false, false, false, null, DAY.minusDays(1), null))
			.isInstanceOf(InvalidValue.class);
	}

	@Test
	void dangerLevelIsZeroToFive() {
		assertThatThrownBy(() -> DangerLevel.of(6)).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> DangerLevel.of(-1)).isInstanceOf(InvalidValue.class);
		assertThat(DangerLevel.of(3).isHighRisk()).isTrue();
		assertThat(DangerLevel.of(2).isHighRisk()).isFalse();
	}

}
