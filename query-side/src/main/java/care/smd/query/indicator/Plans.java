package care.smd.query.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.jurisdiction.JurisdictionLevel;
import care.smd.query.jurisdiction.Jurisdictions.Jurisdiction;

/**
 * Plans and which one applies where. The four plans of the source documents are loaded at
 * start (domain.md §11); supervisors add their own. A jurisdiction uses the plan assigned
 * to its longest assigned prefix; with none, the national key tasks of 2021.
 */
@Component
class Plans implements ApplicationRunner {

	/** A plan with its targets, by indicator. */
	record Plan(String code, String name, Map<IndicatorCode, Double> targets) {
	}

	/** A jurisdiction and the plan its rates are held to. */
	record Scope(Jurisdiction jurisdiction, Plan plan) {
	}

	static final String DEFAULT_PLAN = "national-2021";

	static final List<Plan> PRESETS = List.of(
			new Plan("national-2018", "全国社会心理服务体系建设试点工作方案（国卫疾控发〔2018〕44号），2021年底",
					targets(IndicatorCode.standardManagement, 0.80, IndicatorCode.medication, 0.80,
							IndicatorCode.schizophreniaMedication, 0.80, IndicatorCode.rehabilitation, 0.60,
							IndicatorCode.psychologicalSupport, 0.50)),
			new Plan("national-2021", "全国社会心理服务体系建设试点2021年重点工作任务（国卫办疾控函〔2021〕125号）",
					targets(IndicatorCode.prevalence, 4.5, IndicatorCode.standardManagement, 0.80,
							IndicatorCode.schizophreniaMedication, 0.80, IndicatorCode.regularMedication, 0.60,
							IndicatorCode.rehabilitation, 0.60)),
			new Plan("changning-2021", "长宁区社会心理服务体系建设试点工作实施方案（2021）",
					targets(IndicatorCode.prevalence, 4.5, IndicatorCode.standardManagement, 0.995,
							IndicatorCode.medication, 0.92, IndicatorCode.schizophreniaMedication, 0.95,
							IndicatorCode.regularMedication, 0.78, IndicatorCode.faceToFace, 0.93,
							IndicatorCode.rehabilitation, 0.75, IndicatorCode.psychologicalSupport, 0.70,
							IndicatorCode.riskAssessmentCoverage, 0.95)),
			new Plan("rugao-2024", "如皋市社会心理服务体系建设实施方案（2024年底）",
					targets(IndicatorCode.prevalence, 5.0, IndicatorCode.standardManagement, 0.90,
							IndicatorCode.regularMedication, 0.90, IndicatorCode.faceToFace, 0.90,
							IndicatorCode.rehabilitation, 0.60)));

	static final Map<String, String> PRESET_ASSIGNMENTS = Map.of("310105", "changning-2021", "320682", "rugao-2024");

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	Plans(EntityManager entities, JdbcTemplate jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.transaction.executeWithoutResult((tx) -> seedPresets());
		}
		catch (DataIntegrityViolationException seededByAnotherNode) {
			// a read node starting at the same moment stored the same presets, all of
			// them
		}
	}

	private void seedPresets() {
		for (Plan preset : PRESETS) {
			if (this.entities.find(PlanRow.class, preset.code()) == null) {
				save(preset);
			}
		}
		PRESET_ASSIGNMENTS.forEach((prefix, plan) -> {
			if (this.entities.find(PlanAssignmentRow.class, prefix) == null) {
				this.entities.persist(new PlanAssignmentRow(prefix, plan));
			}
		});
	}

	List<Plan> all() {
		return this.entities.createQuery("select p from PlanRow p order by p.code", PlanRow.class)
			.getResultList()
			.stream()
			.map(this::toPlan)
			.toList();
	}

	Plan get(String code) {
		PlanRow row = this.entities.find(PlanRow.class, code);
		if (row == null) {
			throw new InvalidValue("plan", "unknown plan '" + code + "'");
		}
		return toPlan(row);
	}

	/**
	 * The jurisdiction ("" = the country) with the plan asked for or, with none asked,
	 * the plan in force there: that of its own assignment or the nearest enclosing one,
	 * else {@value #DEFAULT_PLAN}. One statement: they were three, each through Hibernate
	 * in a session of its own, a third of a national request's CPU (docs/benchmarks.md,
	 * session 19). Empty when the jurisdiction is not in the registry.
	 */
	Optional<Scope> scope(String code, String asked) {
		String fallback = asked == null ? DEFAULT_PLAN : asked;
		if (code.isEmpty()) {
			return Optional.of(national(fallback));
		}
		List<Object> arguments = new ArrayList<>();
		// H2 takes no coalesce of one argument
		String plan = "?";
		if (asked == null) {
			List<String> enclosing = enclosing(code);
			plan = "coalesce((select a.plan_code from q_plan_assignment a where a.prefix in ("
					+ String.join(", ", Collections.nCopies(enclosing.size(), "?"))
					+ ") order by length(a.prefix) desc fetch first 1 rows only), ?)";
			arguments.addAll(enclosing);
		}
		arguments.add(fallback);
		arguments.add(code);
		return this.jdbc.query("select j.name, j.population, p.code, p.name, p.targets_json from q_jurisdiction j "
				+ "left join q_plan p on p.code = " + plan + " where j.code = ?", (rs, n) -> {
					if (rs.getString(3) == null) {
						throw new InvalidValue("plan", "unknown plan '" + fallback + "'");
					}
					return new Scope(new Jurisdiction(code, rs.getString(1), rs.getLong(2)),
							toPlan(rs.getString(3), rs.getString(4), rs.getString(5)));
				}, arguments.toArray())
			.stream()
			.findFirst();
	}

	/**
	 * The country, whose population is its provinces'; no plan is assigned to it. The
	 * level is written into the statement, as in {@code Jurisdictions.children}.
	 */
	private Scope national(String planCode) {
		return this.jdbc
			.query("select p.code, p.name, p.targets_json, (select coalesce(sum(j.population), 0) "
					+ "from q_jurisdiction j where j.code_length = " + JurisdictionLevel.PROVINCE.codeLength()
					+ ") from q_plan p where p.code = ?",
					(rs, n) -> new Scope(new Jurisdiction("", "全国", rs.getLong(4)),
							toPlan(rs.getString(1), rs.getString(2), rs.getString(3))),
					planCode)
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidValue("plan", "unknown plan '" + planCode + "'"));
	}

	@Transactional
	void save(Plan plan) {
		PlanRow existing = this.entities.find(PlanRow.class, plan.code());
		String targets = write(plan.targets());
		if (existing == null) {
			this.entities.persist(new PlanRow(plan.code(), plan.name(), targets));
		}
		else {
			existing.name = plan.name();
			existing.targetsJson = targets;
		}
	}

	@Transactional
	void assign(String prefix, String planCode) {
		get(planCode);
		PlanAssignmentRow existing = this.entities.find(PlanAssignmentRow.class, prefix);
		if (existing == null) {
			this.entities.persist(new PlanAssignmentRow(prefix, planCode));
		}
		else {
			existing.planCode = planCode;
		}
	}

	private static List<String> enclosing(String prefix) {
		List<String> enclosing = new ArrayList<>();
		for (int length = prefix.length(); length >= 2; length--) {
			enclosing.add(prefix.substring(0, length));
		}
		return enclosing;
	}

	private Plan toPlan(PlanRow row) {
		return toPlan(row.code, row.name, row.targetsJson);
	}

	private Plan toPlan(String code, String name, String targetsJson) {
		try {
			Map<IndicatorCode, Double> targets = this.json.readValue(targetsJson, new TypeReference<>() {
			});
			return new Plan(code, name, targets);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored plan " + code + " is unreadable", ex);
		}
	}

	private String write(Map<IndicatorCode, Double> targets) {
		try {
			return this.json.writeValueAsString(targets);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<IndicatorCode, Double> targets(Object... pairs) {
		Map<IndicatorCode, Double> targets = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			targets.put((IndicatorCode) pairs[i], (Double) pairs[i + 1]);
		}
		return targets;
	}

}
