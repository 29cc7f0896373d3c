package care.smd.kernel.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import care.smd.kernel.common.InvalidValue;

class SevereDisorderTest {

	@ParameterizedTest
	@CsvSource(nullValues = "-",
			value = { "F20, -, SCHIZOPHRENIA", "f20.0, -, SCHIZOPHRENIA", "F25.1, -, SCHIZOAFFECTIVE_DISORDER",
					"F22, -, PERSISTENT_DELUSIONAL_DISORDER", "F31.2, -, BIPOLAR_DISORDER",
					"F06.2, G40.3, MENTAL_DISORDER_DUE_TO_EPILEPSY",
					"F70, F20.0, INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER",
					"F79.1, F06.8, INTELLECTUAL_DISABILITY_WITH_MENTAL_DISORDER" })
	void recognisesTheSix(String code, String accompanying, SevereDisorder expected) {
		assertThat(SevereDisorder.ofIcd10(code, accompanying)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "F32, -", "F06.2, -", "F06.2, I10", "F70, -", "F70, F71", "G40, -", "-, -" })
	void rejectsEverythingElse(String code, String accompanying) {
		assertThatThrownBy(() -> SevereDisorder.ofIcd10(code, accompanying)).isInstanceOf(InvalidValue.class);
	}

}
