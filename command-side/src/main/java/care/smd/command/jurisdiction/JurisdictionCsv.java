package care.smd.command.jurisdiction;

import java.util.ArrayList;
import java.util.List;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * Reads a jurisdiction list: one {@code code,name,population} per line, an optional
 * header line, UTF-8 (a byte-order mark is ignored). Every line is checked before
 * anything is recorded.
 */
final class JurisdictionCsv {

	/** A line that could not be read, and why. */
	record RejectedLine(int line, String field, String reason) {
	}

	record Parsed(List<DefineJurisdiction> commands, List<RejectedLine> rejected) {
	}

	private JurisdictionCsv() {
	}

	static Parsed parse(String body) {
		List<DefineJurisdiction> commands = new ArrayList<>();
		List<RejectedLine> rejected = new ArrayList<>();
		String[] lines = body.replace("\uFEFF", "").split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("code"))) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != 3) {
				rejected.add(new RejectedLine(i + 1, null, "expected 3 cells: code,name,population"));
				continue;
			}
			try {
				commands.add(new DefineJurisdiction(JurisdictionCode.of(cells[0].strip()), cells[1].strip(),
						population(cells[2].strip())));
			}
			catch (InvalidValue invalid) {
				rejected.add(new RejectedLine(i + 1, invalid.field(), invalid.reason()));
			}
		}
		return new Parsed(commands, rejected);
	}

	private static Long population(String cell) {
		try {
			return Long.valueOf(cell);
		}
		catch (NumberFormatException ex) {
			throw new InvalidValue("population", "must be a whole number");
		}
	}

}
