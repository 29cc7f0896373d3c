package care.smd.standalone.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * Exports read back: the indicator table as CSV and as Excel, the same figures as a FHIR
 * R4 MeasureReport that HAPI FHIR's strict parser accepts, and the due worklist, each
 * equal to what the API answers.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class ExportTest {

	private static final String COMMUNITY = "310105005001";

	private static final String QUERY = "?jurisdiction=" + COMMUNITY + "&period=2025";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	@Test
	void everyExportCarriesTheApisNumbers() throws Exception {
		Api api = new Api(this.port);
		List<String> ids = new ArrayList<>();
		Answer last = null;
		for (int n = 9301; n <= 9303; n++) {
			String id = api
				.post("doctor", "/api/patients", Forms.registration(n, COMMUNITY, "F20", LocalDate.of(2025, 1, 2)))
				.text("id");
			ids.add(id);
			for (int month = 2; month <= 11; month += 3 * (n - 9300)) {
				last = api.post("doctor", "/api/patients/" + id + "/follow-ups",
						Forms.visit(LocalDate.of(2025, month, 10), "HOME_VISIT", n - 9301, "REGULAR", "NONE"));
			}
		}
		JsonNode report = api.getAfter(last, "doctor", "/api/indicators" + QUERY).body();
		Map<String, long[]> expected = new HashMap<>();
		for (JsonNode indicator : report.path("indicators")) {
			expected.put(indicator.path("code").asText(), new long[] { indicator.path("numerator").asLong(),
					indicator.path("denominator").isNumber() ? indicator.path("denominator").asLong() : -1 });
		}
		assertThat(expected.get("registered")[0]).isEqualTo(3);

		byte[] csv = download("/api/indicators" + QUERY + "&format=csv");
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFjurisdiction,name,period");
		Map<String, long[]> fromCsv = new HashMap<>();
		for (String line : text.substring(1).split("\n")) {
			String[] cells = line.split(",", -1);
			if (!cells[0].equals("jurisdiction")) {
				fromCsv.put(cells[5],
						new long[] { Long.parseLong(cells[7]), cells[8].isEmpty() ? -1 : Long.parseLong(cells[8]) });
			}
		}
		assertThat(fromCsv).usingRecursiveComparison().isEqualTo(expected);

		Map<String, long[]> fromExcel = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(download("/api/indicators" + QUERY + "&format=xlsx")))) {
			for (Row row : workbook.getFirstSheet().read()) {
				if (row.getRowNum() > 1) {
					fromExcel.put(row.getCellText(5), new long[] { row.getCellAsNumber(7).orElseThrow().longValue(),
							row.getCellAsNumber(8).map(java.math.BigDecimal::longValue).orElse(-1L) });
				}
			}
		}
		assertThat(fromExcel).usingRecursiveComparison().isEqualTo(expected);

		FhirContext fhir = FhirContext.forR4();
		String json = new String(download("/api/indicators/measure-report" + QUERY), StandardCharsets.UTF_8);
		MeasureReport measure = fhir.newJsonParser()
			.setParserErrorHandler(new StrictErrorHandler())
			.parseResource(MeasureReport.class, json);
		assertThat(measure.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
		assertThat(measure.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
		assertThat(measure.getSubject().getIdentifier().getValue()).isEqualTo(COMMUNITY);
		assertThat(measure.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-01-01");
		assertThat(measure.getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-12-31");
		Map<String, long[]> fromFhir = new HashMap<>();
		for (MeasureReport.MeasureReportGroupComponent group : measure.getGroup()) {
			long numerator = -1;
			long denominator = -1;
			for (MeasureReport.MeasureReportGroupPopulationComponent population : group.getPopulation()) {
				String code = population.getCode().getCodingFirstRep().getCode();
				if (code.equals("numerator")) {
					numerator = population.getCount();
				}
				else if (code.equals("denominator")) {
					denominator = population.getCount();
				}
			}
			fromFhir.put(group.getCode().getCodingFirstRep().getCode(), new long[] { numerator, denominator });
		}
		assertThat(fromFhir).usingRecursiveComparison().isEqualTo(expected);
		JsonNode standard = null;
		for (JsonNode indicator : report.path("indicators")) {
			if (indicator.path("code").asText().equals("standardManagement")) {
				standard = indicator;
			}
		}
		MeasureReport.MeasureReportGroupComponent standardGroup = measure.getGroup()
			.stream()
			.filter((g) -> g.getCode().getCodingFirstRep().getCode().equals("standardManagement"))
			.findFirst()
			.orElseThrow();
		assertThat(standardGroup.getMeasureScore().getValue().doubleValue())
			.isEqualTo(standard.path("rate").asDouble());
		String running = new String(
				download("/api/indicators/measure-report?jurisdiction=" + COMMUNITY + "&period=2026"),
				StandardCharsets.UTF_8);
		assertThat(fhir.newJsonParser().parseResource(MeasureReport.class, running).getStatus())
			.isEqualTo(MeasureReport.MeasureReportStatus.PENDING);

		String worklist = new String(
				download("/api/worklists/due?jurisdiction=" + COMMUNITY + "&date=2027-06-01&format=csv"),
				StandardCharsets.UTF_8);
		JsonNode due = api.get("doctor", "/api/worklists/due?jurisdiction=" + COMMUNITY + "&date=2027-06-01").body();
		assertThat(worklist.split("\n")).hasSize(due.path("count").asInt() + 1);
		for (String id : ids) {
			assertThat(worklist).contains(id);
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
				download("/api/worklists/due?jurisdiction=" + COMMUNITY + "&date=2027-06-01&format=xlsx")))) {
			assertThat(workbook.getFirstSheet().read()).hasSize(due.path("count").asInt() + 1);
		}
		assertThat(api.get("doctor", "/api/indicators" + QUERY + "&format=pdf").status()).isEqualTo(400);
		assertThat(api.get("admin", "/api/audit?user=doctor&limit=1000").body().findValuesAsText("action"))
			.contains("EXPORT");
	}

	private byte[] download(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("doctor:doctor".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
