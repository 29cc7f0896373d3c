package care.smd.platform.axon;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Reads the stored shape of a day, {@code "2025-03-14"}, by its digits. Jackson's own
 * reader goes through a {@code DateTimeFormatter}, which builds maps of parsed fields for
 * every date: a replay reads several dates per event, and they were a twentieth of its
 * allocation (docs/benchmarks.md, session 11). Any other shape, and any day that does not
 * exist, goes to Jackson's reader, so what is accepted and what is refused stay the same.
 */
final class IsoDates extends StdScalarDeserializer<LocalDate> {

	IsoDates() {
		super(LocalDate.class);
	}

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			LocalDate day = parse(parser.getText());
			if (day != null) {
				return day;
			}
		}
		return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
	}

	/** The day written as yyyy-MM-dd; null for anything else. */
	static LocalDate parse(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
