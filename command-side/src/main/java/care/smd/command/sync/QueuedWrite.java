package care.smd.command.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One write a field client queued while offline: its own id (the key that makes a replay
 * harmless), what it is, the case (a client-generated id for a patient registered
 * offline), when the client queued it, and the body the online endpoint takes.
 */
record QueuedWrite(String itemId, Kind kind, String patientId, Instant queuedAt, JsonNode body) {

	/** The writes a field client makes on its rounds. */
	enum Kind {

		REGISTER_PATIENT("registeredOn"), RECORD_FOLLOW_UP("date"), ASSESS_RISK("date"), RECORD_REHABILITATION("date"),
		GIVE_PSYCHOLOGICAL_SUPPORT("date");

		private final String dateField;

		Kind(String dateField) {
			this.dateField = dateField;
		}

	}

	/**
	 * The order a batch is applied in, whatever order it arrived in: registrations first
	 * (a visit may have been queued before its patient in another batch), then by the day
	 * each record is about, then as queued. Two replays of the same items therefore
	 * produce the same events in the same order.
	 */
	static final Comparator<QueuedWrite> APPLY_ORDER = Comparator
		.comparing((QueuedWrite write) -> write.kind() != Kind.REGISTER_PATIENT)
		.thenComparing(QueuedWrite::day, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(QueuedWrite::queuedAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(QueuedWrite::itemId, Comparator.nullsLast(Comparator.naturalOrder()));

	/** The day the record is about, if the body names one that reads as a date. */
	LocalDate day() {
		JsonNode date = this.body == null || this.kind == null ? null : this.body.path(this.kind.dateField);
		if (date == null || !date.isTextual()) {
			return null;
		}
		try {
			return LocalDate.parse(date.asText());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}
