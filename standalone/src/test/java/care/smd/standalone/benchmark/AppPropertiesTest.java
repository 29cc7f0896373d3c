package care.smd.standalone.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** {@code -Dbench.app-properties}: the application's settings of one benchmark run. */
class AppPropertiesTest {

	@Test
	void settingsAreSeparatedBySemicolonsAndKeepTheirOrder() {
		assertThat(BenchmarkSuite.appProperties(
				" axon.eventhandling.processors.case-views.initial-segment-count=2;;smd.consistency.wait = PT1S;"))
			.containsExactly(java.util.Map.entry("axon.eventhandling.processors.case-views.initial-segment-count", "2"),
					java.util.Map.entry("smd.consistency.wait", "PT1S"));
	}

	@Test
	void noSettingsIsNone() {
		assertThat(BenchmarkSuite.appProperties("")).isEmpty();
	}

	@Test
	void aSettingWithoutAValueIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSuite.appProperties("smd.consistency.wait"))
			.withMessageContaining("smd.consistency.wait");
	}

}
