package care.smd.kernel.careteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.testing.Samples;

class CareTeamCompositionTest {

	private static final CareTeamMember POLICE = new CareTeamMember(CareTeamRole.POLICE_OFFICER, "钱警官", "police", null,
			false);

	@Test
	void theFivePlusTheFamilyMakeATeam() {
		assertThat(new AssignCareTeam(Samples.PATIENT, LocalDate.of(2025, 3, 1), Samples.team()).members()).hasSize(6);
	}

	@Test
	void aMemberIsNotAddedTwice() {
		assertThatThrownBy(() -> new AssignCareTeam(Samples.PATIENT, LocalDate.of(2025, 3, 1), List.of(POLICE, POLICE)))
			.isInstanceOf(InvalidValue.class)
			.hasMessageContaining("twice");
	}

	@Test
	void oneLeadAtMostAndNobodyMissing() {
		CareTeamMember lead1 = new CareTeamMember(CareTeamRole.DOCTOR, "王医生", null, null, true);
		CareTeamMember lead2 = new CareTeamMember(CareTeamRole.COMMITTEE_CADRE, "赵主任", null, null, true);
		assertThatThrownBy(() -> new ChangeCareTeam(Samples.PATIENT, LocalDate.of(2025, 3, 1), List.of(lead1, lead2)))
			.isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> new ChangeCareTeam(Samples.PATIENT, LocalDate.of(2025, 3, 1), List.of()))
			.isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> new AssignCareTeam(Samples.PATIENT, LocalDate.of(2025, 3, 1),
				java.util.Arrays.asList(POLICE, null)))
			.isInstanceOf(InvalidValue.class);
	}

}
