package care.smd.query.indicator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import care.smd.kernel.indicator.Period;
import care.smd.query.indicator.IndicatorReports.Indicator;
import care.smd.query.indicator.IndicatorReports.Report;

/**
 * An indicator report as an HL7 FHIR R4 MeasureReport (summary): one group per indicator
 * with its numerator and denominator populations, the rate as the measure score and the
 * plan's target as an extension; the jurisdiction is the subject.
 */
final class MeasureReports {

	static final String INDICATORS = "urn:smd:indicator";

	static final String POPULATIONS = "http://terminology.hl7.org/CodeSystem/measure-population";

	private static final ObjectMapper JSON = new ObjectMapper();

	private MeasureReports() {
	}

	static ObjectNode of(Report report, OffsetDateTime generated) {
		Period period = Period.parse(report.period());
		ObjectNode resource = JSON.createObjectNode()
			.put("resourceType", "MeasureReport")
			.put("id",
					"smd-" + (report.jurisdiction().isEmpty() ? "CN" : report.jurisdiction()) + "-" + report.period())
			.put("status", report.complete() ? "complete" : "pending")
			.put("type", "summary")
			.put("measure", "urn:smd:measure:severe-mental-disorder-plan|" + report.plan())
			.put("date", generated.withOffsetSameInstant(ZoneOffset.ofHours(8)).toString());
		ObjectNode subject = resource.putObject("subject");
		subject.putObject("identifier").put("system", "urn:smd:jurisdiction").put("value", report.jurisdiction());
		subject.put("display", report.name());
		resource.putObject("period").put("start", period.start().toString()).put("end", period.end().toString());
		ArrayNode groups = resource.putArray("group");
		report.indicators().forEach((indicator) -> groups.add(group(indicator)));
		return resource;
	}

	private static ObjectNode group(Indicator indicator) {
		ObjectNode group = JSON.createObjectNode();
		if (indicator.target() != null) {
			group.putArray("extension")
				.addObject()
				.put("url", "urn:smd:fhir:StructureDefinition:target")
				.put("valueDecimal", indicator.target());
		}
		coding(group.putObject("code"), INDICATORS, indicator.code().name(), indicator.label());
		ArrayNode populations = group.putArray("population");
		population(populations, "numerator", indicator.numerator());
		if (indicator.denominator() != null) {
			population(populations, "denominator", indicator.denominator());
		}
		if (indicator.rate() != null) {
			group.putObject("measureScore").put("value", indicator.rate());
		}
		return group;
	}

	private static void population(ArrayNode populations, String code, long count) {
		ObjectNode population = populations.addObject();
		coding(population.putObject("code"), POPULATIONS, code, null);
		population.put("count", count);
	}

	private static void coding(ObjectNode concept, String system, String code, String display) {
		ObjectNode coding = concept.putArray("coding").addObject().put("system", system).put("code", code);
		if (display != null) {
			coding.put("display", display);
		}
	}

}
