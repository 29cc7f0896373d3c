package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

	private final ObjectMapper ours = EventJson.mapper();

	private final ObjectMapper jacksons = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	@Test
	void readsEveryDayOfTwoCenturiesAsJacksonDoes() throws Exception {
		for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2100; day = day.plusDays(1)) {
			String json = "\"" + day + "\"";
			assertThat(this.ours.readValue(json, LocalDate.class)).isEqualTo(day)
				.isEqualTo(this.jacksons.readValue(json, LocalDate.class));
		}
		assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"2025-02-30\"", "\"2025-13-01\"", "\"2025-2-3\"", "\"20250203\"", "\"2025/02/03\"",
			"\"2025-0a-03\"", "true" })
	void refusesWhatJacksonRefuses(String json) {
		Throwable theirs = catchThrowable(() -> this.jacksons.readValue(json, LocalDate.class));
		assertThat(theirs).isInstanceOf(MismatchedInputException.class);
		assertThatThrownBy(() -> this.ours.readValue(json, LocalDate.class)).isExactlyInstanceOf(theirs.getClass());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"+12025-01-01\"", "[2025,2,3]", "\" 2025-02-03 \"", "null" })
	void leavesOtherShapesToJackson(String json) throws Exception {
		assertThat(IsoDates.parse(json.replace("\"", ""))).isNull();
		assertThat(this.ours.readValue(json, LocalDate.class))
			.isEqualTo(this.jacksons.readValue(json, LocalDate.class));
	}

}
