package care.smd.kernel.jurisdiction;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.smd.kernel.common.InvalidValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeRangeTest {

	@Test
	void aPrefixsCommunitiesRunFromItsZerosToItsNines() {
		assertThat(CodeRange.communitiesUnder("3301")).isEqualTo(new CodeRange("330100000000", "330199999999"));
		assertThat(CodeRange.communitiesUnder("")).isEqualTo(new CodeRange("000000000000", "999999999999"));
		assertThat(CodeRange.communitiesUnder("330101001001")).isEqualTo(new CodeRange("330101001001", "330101001001"));
	}

	/**
	 * Between the bounds as strings is exactly "starts with the prefix", for codes of the
	 * length.
	 */
	@Test
	void theRangeHoldsTheCodesThatStartWithThePrefixAndNoOthers() {
		List<String> codes = IntStream.range(0, 10_000).mapToObj((n) -> "%04d".formatted(n)).toList();
		for (String prefix : List.of("", "0", "42", "99", "100", "9999")) {
			CodeRange range = CodeRange.under(prefix, 4);
			assertThat(codes.stream().filter((c) -> c.compareTo(range.low()) >= 0 && c.compareTo(range.high()) <= 0))
				.as(prefix)
				.containsExactlyElementsOf(codes.stream().filter((c) -> c.startsWith(prefix)).toList());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "33a", "3301010010011", "٣٣" })
	void refusesWhatIsNotADigitPrefixOfACommunity(String prefix) {
		assertThatThrownBy(() -> CodeRange.communitiesUnder(prefix)).isInstanceOf(InvalidValue.class);
	}

}
