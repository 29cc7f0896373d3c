package care.smd.standalone.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * A benchmark's settings in one system property ({@code -Dbench.app-properties} and the
 * server's).
 */
class SettingsTest {

	@Test
	void settingsAreSeparatedBySemicolonsAndKeepTheirOrder() {
		assertThat(Settings.parse("bench.app-properties",
				" axon.eventhandling.processors.case-views.initial-segment-count=2;;smd.consistency.wait = PT1S;"))
			.containsExactly(java.util.Map.entry("axon.eventhandling.processors.case-views.initial-segment-count", "2"),
					java.util.Map.entry("smd.consistency.wait", "PT1S"));
	}

	@Test
	void noSettingsIsNone() {
		assertThat(Settings.parse("bench.app-properties", "")).isEmpty();
	}

	@Test
	void aSettingWithoutAValueIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Settings.parse("bench.app-properties", "smd.consistency.wait"))
			.withMessageContaining("bench.app-properties")
			.withMessageContaining("smd.consistency.wait");
	}

}
