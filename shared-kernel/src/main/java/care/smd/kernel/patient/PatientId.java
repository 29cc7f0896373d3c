package care.smd.kernel.patient;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import care.smd.kernel.common.InvalidValue;

/** A patient's case identifier: a UUID, which a field client may generate itself. */
public record PatientId(String value) {

	public PatientId {
		try {
			value = UUID.fromString(value).toString();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidValue("id", "must be a UUID");
		}
	}

	@JsonCreator
	public static PatientId of(String value) {
		return new PatientId(value);
	}

	public static PatientId random() {
		return new PatientId(UUID.randomUUID().toString());
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
