package care.smd.kernel.followup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import care.smd.kernel.common.InvalidValue;

/**
 * Danger assessment level (危险性评估) 0-5 of the national work standard: 0 none, 1 verbal
 * threats, 2 smashing at home, 3 obvious smashing anywhere, 4 persistent violence incl.
 * self-harm, 5 weapons, arson, explosion.
 */
public record DangerLevel(int value) {

	public DangerLevel {
		if (value < 0 || value > 5) {
			throw new InvalidValue("dangerLevel", "must be a danger assessment level from 0 to 5");
		}
	}

	@JsonCreator
	public static DangerLevel of(int value) {
		return new DangerLevel(value);
	}

	@JsonValue
	public int value() {
		return this.value;
	}

	/** Levels 3-5 make a patient unstable and call for a care team. */
	public boolean isHighRisk() {
		return this.value >= 3;
	}

	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}
