package care.smd.platform.web;

import java.time.Clock;
import java.time.LocalDate;

/**
 * For records a person makes "now" (acknowledging an alert, a team note): the date
 * defaults to today.
 */
public final class Today {

	private Today() {
	}

	public static LocalDate or(LocalDate given, Clock clock) {
		return given != null ? given : LocalDate.now(clock);
	}

}
