package care.smd.kernel.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.smd.kernel.common.InvalidValue;

class JurisdictionCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "31", "3101", "310105", "310105002", "310105002001" })
	void acceptsEveryLevel(String code) {
		assertThat(JurisdictionCode.of(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "310", "31010500", "3101050020011", "31010a", "" })
	void rejectsOtherShapes(String code) {
		assertThatThrownBy(() -> JurisdictionCode.of(code)).isInstanceOf(InvalidValue.class);
	}

	@Test
	void knowsItsLevelAndAncestors() {
		JurisdictionCode community = JurisdictionCode.of("310105002001");
		assertThat(community.level()).isEqualTo(JurisdictionLevel.COMMUNITY);
		assertThat(community.isCommunity()).isTrue();
		assertThat(community.selfAndAncestors()).extracting(JurisdictionCode::value)
			.containsExactly("31", "3101", "310105", "310105002", "310105002001");
	}

	@Test
	void containsByPrefix() {
		assertThat(JurisdictionCode.of("310105").contains(JurisdictionCode.of("310105002001"))).isTrue();
		assertThat(JurisdictionCode.of("310106").contains(JurisdictionCode.of("310105002001"))).isFalse();
	}

	@Test
	void communityFactoryRejectsHigherLevels() {
		assertThatThrownBy(() -> JurisdictionCode.community("310105")).isInstanceOf(InvalidValue.class);
	}

}
