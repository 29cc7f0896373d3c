package care.smd.query.indicator;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;
import care.smd.kernel.indicator.Period;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.platform.audit.AuditTrail;
import care.smd.platform.web.TableExport;
import care.smd.platform.security.AggregateAccess;
import jakarta.servlet.http.HttpServletRequest;
import care.smd.query.indicator.IndicatorReports.Indicator;
import care.smd.query.indicator.IndicatorReports.Report;
import care.smd.query.indicator.Plans.Plan;
import care.smd.query.indicator.Plans.Scope;
import care.smd.query.jurisdiction.Jurisdictions.Jurisdiction;

@RestController
@Tag(name = "Indicators 指标", description = "The plans' rates per jurisdiction and period, against the plan in force")
class IndicatorController {

	record Breakdown(String jurisdiction, String period, IndicatorCode sortedBy, String plan, List<Report> children) {
	}

	record PlanRequest(String code, String name, Map<IndicatorCode, Double> targets) {
	}

	record AssignmentRequest(String plan) {
	}

	private final IndicatorReports reports;

	private final Plans plans;

	private final AggregateAccess access;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	IndicatorController(IndicatorReports reports, Plans plans, AggregateAccess access, AuditTrail audit,
			java.time.Clock clock) {
		this.clock = clock;
		this.audit = audit;
		this.reports = reports;
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/api/indicators")
	@Operation(summary = "Every indicator of a jurisdiction (any prefix) and period (2025, 2025-Q2, 2025-06)",
			description = "Numerator and denominator by the definitions of the national information system; "
					+ "the running period is reported to date (asOf). format=csv or xlsx downloads the table.")
	ResponseEntity<?> indicators(@RequestParam(required = false) String jurisdiction, @RequestParam String period,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String format,
			Authentication reader, HttpServletRequest request) {
		Scope scope = scope(reader, jurisdiction, plan);
		Report report = this.reports.report(scope.jurisdiction(), Period.parse(period), scope.plan());
		if (TableExport.isDownload(format)) {
			this.audit.record(reader, AuditTrail.Action.EXPORT, null, request);
			return TableExport.respond(format,
					new TableExport.Table("indicators-" + report.jurisdiction() + "-" + period, HEADER, rows(report)));
		}
		return ResponseEntity.ok(report);
	}

	@GetMapping(path = "/api/indicators/measure-report", produces = { "application/fhir+json", "application/json" })
	@Operation(summary = "The same indicators as an HL7 FHIR R4 MeasureReport (summary)",
			description = "One group per indicator (code system urn:smd:indicator) with numerator and denominator "
					+ "populations and the rate as measureScore; the plan's target as an extension. "
					+ "status is pending while the period is still running.")
	ResponseEntity<com.fasterxml.jackson.databind.node.ObjectNode> measureReport(
			@RequestParam(required = false) String jurisdiction, @RequestParam String period,
			@RequestParam(required = false) String plan, Authentication reader, HttpServletRequest request) {
		Scope scope = scope(reader, jurisdiction, plan);
		Report report = this.reports.report(scope.jurisdiction(), Period.parse(period), scope.plan());
		this.audit.record(reader, AuditTrail.Action.EXPORT, null, request);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/fhir+json"))
			.body(MeasureReports.of(report, java.time.OffsetDateTime.now(this.clock)));
	}

	@GetMapping("/api/indicators/breakdown")
	@Operation(summary = "The same indicators for each child jurisdiction, the furthest behind the target first")
	ResponseEntity<?> breakdown(@RequestParam(required = false) String jurisdiction, @RequestParam String period,
			@RequestParam(required = false) String plan,
			@RequestParam(defaultValue = "standardManagement") IndicatorCode indicator,
			@RequestParam(required = false) String format, Authentication reader, HttpServletRequest request) {
		Scope scope = scope(reader, jurisdiction, plan);
		Jurisdiction where = scope.jurisdiction();
		Plan applied = scope.plan();
		List<Report> children = this.reports.breakdown(where.code(), Period.parse(period), applied, indicator);
		if (TableExport.isDownload(format)) {
			this.audit.record(reader, AuditTrail.Action.EXPORT, null, request);
			return TableExport.respond(format, new TableExport.Table("breakdown-" + where.code() + "-" + period, HEADER,
					children.stream().flatMap((child) -> rows(child).stream()).toList()));
		}
		return ResponseEntity.ok(new Breakdown(where.code(), period, indicator, applied.code(), children));
	}

	@GetMapping("/api/plans")
	@Operation(summary = "The plans and their targets")
	List<Plan> plans() {
		return this.plans.all();
	}

	@PostMapping("/api/plans")
	@Operation(summary = "Add or replace a plan (rates as fractions, prevalence per mille)")
	ResponseEntity<Plan> addPlan(@RequestBody PlanRequest request, Authentication writer) {
		this.access.requireManager(writer);
		String code = Require.text(request.code(), "code", 60);
		if (request.targets() == null || request.targets().isEmpty()) {
			throw new InvalidValue("targets", "a plan needs at least one target");
		}
		request.targets().forEach((indicator, target) -> {
			if (target == null || target < 0 || (indicator != IndicatorCode.prevalence && target > 1)) {
				throw new InvalidValue("targets." + indicator,
						"must be a fraction between 0 and 1 (prevalence: per mille)");
			}
		});
		Plan plan = new Plan(code, Require.text(request.name(), "name", 200), request.targets());
		this.plans.save(plan);
		return ResponseEntity.status(201).body(plan);
	}

	@PutMapping("/api/plans/assignments/{jurisdiction}")
	@Operation(summary = "Choose the plan that applies to a jurisdiction and everything below it")
	Map<String, String> assign(@PathVariable String jurisdiction, @RequestBody AssignmentRequest request,
			Authentication writer) {
		this.access.requireManager(writer);
		String code = this.access.scopedPrefix(writer, JurisdictionCode.of(jurisdiction));
		this.plans.assign(code, Require.text(request.plan(), "plan", 60));
		return Map.of("jurisdiction", code, "plan", request.plan());
	}

	private Scope scope(Authentication reader, String jurisdiction, String plan) {
		String prefix = this.access.scopedPrefix(reader,
				jurisdiction == null ? null : JurisdictionCode.of(jurisdiction));
		return this.plans.scope(prefix, plan)
			.orElseThrow(() -> new InvalidValue("jurisdiction", "is not in the jurisdiction registry"));
	}

	private static final List<String> HEADER = List.of("jurisdiction", "name", "period", "asOf", "plan", "indicator",
			"label", "numerator", "denominator", "rate", "target", "gap", "meetsTarget");

	private static List<List<Object>> rows(Report report) {
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (Indicator i : report.indicators()) {
			rows.add(java.util.Arrays.asList(report.jurisdiction(), report.name(), report.period(), report.asOf(),
					report.plan(), i.code().name(), i.label(), i.numerator(), i.denominator(), i.rate(), i.target(),
					i.gap(), i.meetsTarget()));
		}
		return rows;
	}

}
