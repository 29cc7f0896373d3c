package care.smd.kernel.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.smd.kernel.common.InvalidValue;

class ChineseIdNumberTest {

	@Test
	void acceptsPublishedSampleNumberAndItsBirthDate() {
		// GB 11643-1999 appendix example
		ChineseIdNumber id = ChineseIdNumber.of("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@Test
	void normalisesLowercaseCheckCharacter() {
		assertThat(ChineseIdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void computesCheckCharacter() {
		assertThat(ChineseIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "110105194912310020", "11010519491231002Y", "1101051949123100",
			"11010519491331002X", "abcdefghijklmnopqr", "" })
	void rejectsWrongCheckDigitShapeOrBirthDate(String value) {
		assertThatThrownBy(() -> ChineseIdNumber.of(value)).isInstanceOf(InvalidValue.class)
			.extracting((ex) -> ((InvalidValue) ex).field())
			.isEqualTo("idNumber");
	}

	@Test
	void neverPrintsTheNumber() {
		assertThat(ChineseIdNumber.of("11010519491231002X").toString()).doesNotContain("1949").endsWith("2X]");
	}

}
