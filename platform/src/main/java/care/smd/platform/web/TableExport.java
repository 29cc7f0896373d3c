package care.smd.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import care.smd.kernel.common.InvalidValue;

/**
 * A table as a download: CSV (UTF-8 with a byte-order mark, so that spreadsheet programs
 * show Chinese correctly) or Excel (xlsx, numbers as numbers).
 */
public final class TableExport {

	/**
	 * A table: column names and rows of plain values (text, numbers, dates, booleans).
	 */
	public record Table(String name, List<String> header, List<List<Object>> rows) {
	}

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private TableExport() {
	}

	/** Whether a format parameter asks for a download. */
	public static boolean isDownload(String format) {
		if (format == null || format.equals("json")) {
			return false;
		}
		if (format.equals("csv") || format.equals("xlsx")) {
			return true;
		}
		throw new InvalidValue("format", "must be json, csv or xlsx");
	}

	public static ResponseEntity<byte[]> respond(String format, Table table) {
		boolean excel = "xlsx".equals(format);
		return ResponseEntity.ok()
			.contentType(excel ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + table.name() + (excel ? ".xlsx" : ".csv") + "\"")
			.body(excel ? xlsx(table) : csv(table));
	}

	static byte[] csv(Table table) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(line(table.header()));
		table.rows().forEach((row) -> csv.append(line(row)));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(List<?> values) {
		return values.stream().map(TableExport::cell).collect(Collectors.joining(",")) + "\n";
	}

	private static String cell(Object value) {
		String text = value == null ? "" : value.toString();
		return text.contains(",") || text.contains("\"") || text.contains("\n")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	static byte[] xlsx(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "smd", "1.0");
			Worksheet sheet = workbook
				.newWorksheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
			for (int c = 0; c < table.header().size(); c++) {
				sheet.value(0, c, table.header().get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < table.rows().size(); r++) {
				List<Object> row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					write(sheet, r + 1, c, row.get(c));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Worksheet sheet, int row, int column, Object value) {
		if (value instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (value instanceof Boolean bool) {
			sheet.value(row, column, bool);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(row, column, date.toString());
		}
		else if (value != null) {
			sheet.value(row, column, value.toString());
		}
	}

}
