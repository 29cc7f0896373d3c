package care.smd.command.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of cells: RFC 4180 quoting (commas, quotes and line breaks
 * inside quoted cells), CRLF or LF line ends, an optional byte-order mark.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	/** Each record with the line it starts on. */
	record Line(int number, List<String> cells) {
	}

	static List<Line> parse(String text) {
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += c == '\n' ? 1 : 0;
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				add(lines, start, cells);
				cells = new ArrayList<>();
				line++;
				start = line;
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		add(lines, start, cells);
		return lines;
	}

	private static void add(List<Line> lines, int number, List<String> cells) {
		if (!(cells.size() == 1 && cells.get(0).isBlank())) {
			lines.add(new Line(number, List.copyOf(cells)));
		}
	}

}
