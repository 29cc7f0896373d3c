package care.smd.command.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import care.smd.command.sync.CsvRecords.Line;
import care.smd.command.sync.OfflineSync.ItemResult;
import care.smd.command.sync.OfflineSync.Outcome;
import care.smd.command.sync.QueuedWrite.Kind;
import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.patient.ChineseIdNumber;
import care.smd.kernel.patient.IdNumberFingerprint;
import care.smd.platform.progress.ProgressTracker;

/**
 * Migrates a district's existing registry from its old system: patients and their past
 * follow-ups from one CSV file. Every row is validated and applied on its own (all of it
 * or nothing of it), a rejected row is reported with its line and reason, and a follow-up
 * of a patient whose row was rejected is rejected too. Running the same file again
 * imports nothing twice: a patient's case id comes from their ID number, a visit's item
 * id from its row, and applied items are remembered as in offline sync.
 */
@Component
class RegistryImport {

	/** Rows whose write is the same as another's are the same item. */
	private static final String NAMESPACE = "registry-import";

	record Rejection(int line, String field, String reason) {
	}

	record Report(int rows, int imported, int alreadyImported, int rejected, List<Rejection> rejections) {
	}

	private record Row(QueuedWrite write, int line) {
	}

	private final OfflineSync sync;

	private final IdNumberFingerprint fingerprint;

	private final ProgressTracker progress;

	private final ObjectMapper json;

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	RegistryImport(OfflineSync sync, IdNumberFingerprint fingerprint, ProgressTracker progress, ObjectMapper json) {
		this.sync = sync;
		this.fingerprint = fingerprint;
		this.progress = progress;
		this.json = json;
	}

	/**
	 * Starts the import in the background, as the calling user; answers the progress id.
	 */
	String start(String csv, String user) {
		List<Line> lines = CsvRecords.parse(csv);
		if (lines.isEmpty() || !lines.get(0).cells().contains("record")) {
			throw new InvalidValue("body", "the first line names the columns, among them record and idNumber");
		}
		String id = this.progress.start("registry-import", user, lines.size() - 1L);
		this.worker.execute(new DelegatingSecurityContextRunnable(() -> run(id, lines)));
		return id;
	}

	@PreDestroy
	void stop() {
		this.worker.shutdown();
	}

	private void run(String progressId, List<Line> lines) {
		try {
			Report report = apply(progressId, lines);
			this.progress.finish(progressId, this.json.writeValueAsString(report));
		}
		catch (Exception ex) {
			this.progress.fail(progressId,
					this.json.createObjectNode()
						.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage())
						.toString());
		}
	}

	private Report apply(String progressId, List<Line> lines) {
		List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
		List<Rejection> rejections = new ArrayList<>();
		// a list, not a map: two identical rows are two lines, the second one already
		// imported
		List<Row> rows = new ArrayList<>();
		for (Line line : lines.subList(1, lines.size())) {
			try {
				rows.add(new Row(write(header, line), line.number()));
			}
			catch (InvalidValue invalid) {
				rejections.add(new Rejection(line.number(), invalid.field(), invalid.reason()));
			}
		}
		rows.sort(java.util.Comparator.comparing(Row::write, QueuedWrite.APPLY_ORDER));
		Set<String> missingPatients = new HashSet<>();
		int imported = 0;
		int already = 0;
		int done = rejections.size();
		for (Row row : rows) {
			QueuedWrite write = row.write();
			int number = row.line();
			if (write.kind() != Kind.REGISTER_PATIENT && missingPatients.contains(write.patientId())) {
				rejections.add(new Rejection(number, "idNumber", "the patient of this row was not imported"));
			}
			else {
				ItemResult result = this.sync.apply(write, NAMESPACE);
				if (result.outcome() == Outcome.APPLIED) {
					imported++;
				}
				else if (result.outcome() == Outcome.ALREADY_APPLIED) {
					already++;
				}
				else {
					rejections.add(rejection(number, result));
					if (write.kind() == Kind.REGISTER_PATIENT) {
						missingPatients.add(write.patientId());
					}
				}
			}
			if (++done % 50 == 0) {
				this.progress.advance(progressId, done);
			}
		}
		this.progress.advance(progressId, lines.size() - 1L);
		rejections.sort(java.util.Comparator.comparingInt(Rejection::line));
		return new Report(lines.size() - 1, imported, already, rejections.size(), rejections);
	}

	private static Rejection rejection(int line, ItemResult result) {
		Object errors = result.problem().getProperties() == null ? null
				: result.problem().getProperties().get("errors");
		String field = null;
		if (errors instanceof List<?> list && !list.isEmpty()
				&& list.get(0) instanceof care.smd.platform.web.Problems.FieldError error) {
			field = error.field();
		}
		return new Rejection(line, field, result.problem().getDetail());
	}

	/** One row as the write it stands for; the columns it does not use are ignored. */
	private QueuedWrite write(List<String> header, Line line) {
		Map<String, String> row = new HashMap<>();
		for (int i = 0; i < header.size() && i < line.cells().size(); i++) {
			if (!line.cells().get(i).isBlank()) {
				row.put(header.get(i), line.cells().get(i).strip());
			}
		}
		String idNumber = row.get("idNumber");
		if (idNumber == null) {
			throw new InvalidValue("idNumber", "is required");
		}
		String key = this.fingerprint.of(ChineseIdNumber.of(idNumber));
		String patientId = UUID.nameUUIDFromBytes(("registry-import:" + key).getBytes(StandardCharsets.UTF_8))
			.toString();
		String record = row.getOrDefault("record", "");
		return switch (record) {
			case "PATIENT" -> new QueuedWrite("patient:" + key, Kind.REGISTER_PATIENT, patientId, null, patient(row));
			case "FOLLOW_UP" -> {
				ObjectNode visit = visit(row);
				yield new QueuedWrite(
						"visit:" + UUID.nameUUIDFromBytes((patientId + visit).getBytes(StandardCharsets.UTF_8)),
						Kind.RECORD_FOLLOW_UP, patientId, null, visit);
			}
			default -> throw new InvalidValue("record", "must be PATIENT or FOLLOW_UP");
		};
	}

	private ObjectNode patient(Map<String, String> row) {
		ObjectNode body = this.json.createObjectNode();
		copy(row, body, "name", "sex", "birthDate", "idNumber", "jurisdiction", "registeredOn", "householdType",
				"phone", "address");
		ObjectNode diagnosis = body.putObject("diagnosis");
		put(diagnosis, "code", row.get("diagnosisCode"));
		put(diagnosis, "hospital", row.get("diagnosisHospital"));
		put(diagnosis, "date", row.get("diagnosisDate"));
		ObjectNode consent = body.putObject("consent");
		if (row.containsKey("consentGiven")) {
			consent.put("given", Boolean.parseBoolean(row.get("consentGiven")));
		}
		put(consent, "signedBy", row.get("consentSignedBy"));
		put(consent, "date", row.get("consentDate"));
		if (row.containsKey("guardianName")) {
			ObjectNode guardian = body.putObject("guardian");
			put(guardian, "name", row.get("guardianName"));
			put(guardian, "relation", row.get("guardianRelation"));
			put(guardian, "phone", row.get("guardianPhone"));
		}
		return body;
	}

	private ObjectNode visit(Map<String, String> row) {
		ObjectNode body = this.json.createObjectNode();
		copy(row, body, "date", "form", "adherence", "hospitalisation", "classification", "insight", "nextDate");
		String danger = row.get("dangerLevel");
		if (danger != null) {
			try {
				body.put("dangerLevel", Integer.parseInt(danger));
			}
			catch (NumberFormatException ex) {
				throw new InvalidValue("dangerLevel", "must be a whole number from 0 to 5");
			}
		}
		return body;
	}

	private static void copy(Map<String, String> row, ObjectNode body, String... fields) {
		for (String field : fields) {
			put(body, field, row.get(field));
		}
	}

	private static void put(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

}
