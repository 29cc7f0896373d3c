package care.smd.standalone.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's settings given as one system property, {@code name=value;name=value}: the
 * server's ({@code bench.pg-settings}, {@code bench.pg-start-settings}) and the
 * application's ({@code bench.app-properties}).
 */
public final class Settings {

	private Settings() {
	}

	/** The settings in the order given; blank entries are skipped. */
	public static Map<String, String> parse(String property, String settings) {
		Map<String, String> parsed = new LinkedHashMap<>();
		for (String setting : settings.split(";")) {
			if (!setting.isBlank()) {
				String[] nameAndValue = setting.split("=", 2);
				if (nameAndValue.length != 2) {
					throw new IllegalArgumentException(property + ": not name=value: " + setting);
				}
				parsed.put(nameAndValue[0].trim(), nameAndValue[1].trim());
			}
		}
		return parsed;
	}

	/** The settings of the system property. */
	public static Map<String, String> of(String property) {
		return parse(property, System.getProperty(property, ""));
	}

}
