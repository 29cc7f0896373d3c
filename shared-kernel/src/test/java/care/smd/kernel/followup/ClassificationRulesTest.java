package care.smd.kernel.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import care.smd.kernel.patient.LockUpStatus;
import care.smd.kernel.testing.Samples;

/**
 * The classification table of the national work standard: every input that changes the
 * outcome, on its own and in the combinations where the stronger rule must win.
 */
class ClassificationRulesTest {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	@ParameterizedTest(name = "danger {0}, symptoms [{1}], insight {2}, acute {3}, somatic {4}, social poor {5} -> {6}")
	@CsvSource(delimiter = '|', value = {
			// danger alone
			"0 |                          | COMPLETE | false | false | false | STABLE",
			"1 |                          | COMPLETE | false | false | false | BASICALLY_STABLE",
			"2 |                          | COMPLETE | false | false | false | BASICALLY_STABLE",
			"3 |                          | COMPLETE | false | false | false | UNSTABLE",
			"4 |                          | COMPLETE | false | false | false | UNSTABLE",
			"5 |                          | COMPLETE | false | false | false | UNSTABLE",
			// each obvious psychotic symptom alone makes the visit unstable
			"0 | HALLUCINATION            | COMPLETE | false | false | false | UNSTABLE",
			"0 | SUSPICION                | COMPLETE | false | false | false | UNSTABLE",
			"0 | ODD_BEHAVIOUR            | COMPLETE | false | false | false | UNSTABLE",
			"0 | EXCITEMENT_TALKATIVENESS | COMPLETE | false | false | false | UNSTABLE",
			"0 | HURTING_OR_DAMAGING      | COMPLETE | false | false | false | UNSTABLE",
			"0 | TALKING_LAUGHING_TO_SELF | COMPLETE | false | false | false | UNSTABLE",
			// other symptoms make it poor: basically stable
			"0 | COMMUNICATION_DIFFICULTY | COMPLETE | false | false | false | BASICALLY_STABLE",
			"0 | MOOD_SWINGS              | COMPLETE | false | false | false | BASICALLY_STABLE",
			"0 | PESSIMISM                | COMPLETE | false | false | false | BASICALLY_STABLE",
			"0 | WANDERING_OFF            | COMPLETE | false | false | false | BASICALLY_STABLE",
			"0 | WITHDRAWAL_APATHY        | COMPLETE | false | false | false | BASICALLY_STABLE",
			"0 | OTHER                    | COMPLETE | false | false | false | BASICALLY_STABLE",
			// insight
			"0 |                          | PARTIAL  | false | false | false | BASICALLY_STABLE",
			"0 |                          | ABSENT   | false | false | false | UNSTABLE",
			// acute adverse reaction, serious somatic disease, social function
			"0 |                          | COMPLETE | true  | false | false | UNSTABLE",
			"0 |                          | COMPLETE | false | true  | false | UNSTABLE",
			"0 |                          | COMPLETE | false | false | true  | BASICALLY_STABLE",
			// the stronger rule wins
			"2 | HALLUCINATION            | PARTIAL  | false | false | true  | UNSTABLE",
			"1 |                          | ABSENT   | false | false | false | UNSTABLE",
			"2 | MOOD_SWINGS              | PARTIAL  | false | false | true  | BASICALLY_STABLE",
			"3 | MOOD_SWINGS              | COMPLETE | false | false | false | UNSTABLE" })
	void classifiesByTheNationalRules(int danger, String symptoms, Insight insight, boolean acute, boolean somatic,
			boolean socialPoor, Classification expected) {
		FollowUpForm visit = visit(danger, symptoms == null ? List.of() : parse(symptoms), insight, acute, somatic,
				socialPoor);
		assertThat(ClassificationRules.classify(visit)).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Rating.class)
	void sleepAndAppetiteDoNotChangeTheClass(Rating rating) {
		FollowUpForm base = Samples.stableVisit(DAY);
		FollowUpForm visit = new FollowUpForm(DAY, base.form(), base.informants(), null, null, base.dangerLevel(),
				List.of(), null, Insight.COMPLETE, rating == Rating.NOT_APPLICABLE ? null : rating,
				rating == Rating.NOT_APPLICABLE ? null : rating, null, null, null, HospitalisationStatus.NONE, null,
				null, Adherence.REGULAR, null, null, null, null, null, false, false, false, null, null, null);
		assertThat(ClassificationRules.classify(visit)).isEqualTo(Classification.STABLE);
	}

	@org.junit.jupiter.api.Test
	void notReachedWhenLost() {
		assertThat(ClassificationRules.classify(Samples.lostVisit(DAY))).isEqualTo(Classification.NOT_REACHED);
	}

	@org.junit.jupiter.api.Test
	void mildAdverseReactionKeepsAStableVisitStable() {
		FollowUpForm visit = visit(0, List.of(), Insight.COMPLETE, false, false, false);
		FollowUpForm mild = new FollowUpForm(DAY, visit.form(), visit.informants(), null, null, visit.dangerLevel(),
				List.of(), null, Insight.COMPLETE, null, null, null, null, null, HospitalisationStatus.NONE, null, null,
				Adherence.REGULAR, new AdverseReaction(AdverseReactionStatus.PRESENT, "口干", false), null, null, null,
				null, false, false, false, null, null, null);
		assertThat(ClassificationRules.classify(mild)).isEqualTo(Classification.STABLE);
	}

	private static List<Symptom> parse(String symptoms) {
		return Arrays.stream(symptoms.split(",")).map(String::strip).map(Symptom::valueOf).toList();
	}

	private static FollowUpForm visit(int danger, List<Symptom> symptoms, Insight insight, boolean acute,
			boolean somatic, boolean socialPoor) {
		SocialFunction social = socialPoor
				? new SocialFunction(Rating.GOOD, Rating.POOR, Rating.FAIR, Rating.GOOD, Rating.GOOD)
				: new SocialFunction(Rating.GOOD, Rating.FAIR, Rating.NOT_APPLICABLE, Rating.GOOD, Rating.FAIR);
		AdverseReaction reaction = acute ? new AdverseReaction(AdverseReactionStatus.PRESENT, "急性肌张力障碍", true)
				: new AdverseReaction(AdverseReactionStatus.NONE, null, false);
		return new FollowUpForm(DAY, VisitForm.CLINIC, List.of(Informant.PATIENT), null, null, DangerLevel.of(danger),
				symptoms, null, insight, Rating.GOOD, Rating.GOOD, social, null, LockUpStatus.NONE,
				HospitalisationStatus.NONE, null, null, Adherence.REGULAR, reaction, null, null, null, null, false,
				false, somatic, null, null, null);
	}

}
