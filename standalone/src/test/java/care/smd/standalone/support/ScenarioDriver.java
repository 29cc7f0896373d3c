package care.smd.standalone.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import care.smd.standalone.support.Api.Answer;

/**
 * Drives a scenario over REST as doctors and hospitals would, remembering the last
 * write's token.
 */
public final class ScenarioDriver {

	private static final AtomicInteger PERSON = new AtomicInteger(5000);

	private final Api api;

	private Answer lastWrite;

	public ScenarioDriver(Api api) {
		this.api = api;
	}

	public void jurisdiction(String code, String name, long population) {
		Answer answer = this.api.put("admin", "/api/jurisdictions/" + code,
				"{\"name\":\"" + name + "\",\"population\":" + population + "}");
		assertThat(answer.status()).as(answer.raw()).isIn(200, 201);
		this.lastWrite = answer;
	}

	public String patient(String community, String icd10, LocalDate registeredOn) {
		Answer answer = write("admin", "/api/patients",
				Forms.registration(PERSON.incrementAndGet(), community, icd10, registeredOn));
		return answer.text("id");
	}

	/**
	 * A visit that reached the patient; extra is more JSON fields, e.g.
	 * "\"rehabilitation\":true".
	 */
	public void visit(String id, LocalDate date, String form, int danger, String adherence, String hospitalisation,
			String... extra) {
		String body = Forms.visit(date, form, danger, adherence, hospitalisation).strip();
		for (String field : extra) {
			body = body.substring(0, body.length() - 1) + "," + field + "}";
		}
		write("admin", "/api/patients/" + id + "/follow-ups", body);
	}

	/** A routine home visit: danger 0, regular medication, not in hospital (stable). */
	public void homeVisit(String id, LocalDate date, String... extra) {
		visit(id, date, "HOME_VISIT", 0, "REGULAR", "NONE", extra);
	}

	public void lostVisit(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/follow-ups",
				"{\"date\":\"" + date + "\",\"form\":\"PHONE\",\"lostReason\":\"MISSING\"}");
	}

	public void risk(String id, LocalDate date, int level) {
		write("admin", "/api/patients/" + id + "/risk-assessments",
				"{\"date\":\"" + date + "\",\"dangerLevel\":" + level + "}");
	}

	public void rehabilitation(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/rehabilitation", "{\"date\":\"" + date + "\",\"kind\":\"社区康复站\"}");
	}

	public void support(String id, LocalDate date, String recipient) {
		write("admin", "/api/patients/" + id + "/psychological-support",
				"{\"date\":\"" + date + "\",\"recipient\":\"" + recipient + "\"}");
	}

	public void admit(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/admissions", "{\"date\":\"" + date + "\",\"hospital\":\"精卫中心\"}");
	}

	public void discharge(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/discharges",
				"{\"date\":\"" + date + "\",\"hospital\":\"精卫中心\",\"summary\":\"好转出院\"}");
	}

	public void transfer(String id, LocalDate out, String to, LocalDate in) {
		write("admin", "/api/patients/" + id + "/transfers",
				"{\"date\":\"" + out + "\",\"toJurisdiction\":\"" + to + "\"}");
		write("admin", "/api/patients/" + id + "/arrivals", "{\"date\":\"" + in + "\"}");
	}

	public void death(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/death", "{\"date\":\"" + date + "\",\"cause\":\"ACCIDENT\"}");
	}

	public void deregister(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/deregistration", "{\"date\":\"" + date + "\",\"reason\":\"诊断修订\"}");
	}

	public void markLost(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/loss-to-follow-up",
				"{\"date\":\"" + date + "\",\"reason\":\"MISSING\"}");
	}

	public void careTeam(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/care-team", "{\"date\":\"" + date
				+ "\",\"members\":[{\"role\":\"POLICE_OFFICER\",\"name\":\"钱警官\"},{\"role\":\"DOCTOR\",\"name\":\"王医生\",\"lead\":true}]}");
	}

	public void dissolveCareTeam(String id, LocalDate date) {
		write("admin", "/api/patients/" + id + "/care-team/dissolution", "{\"date\":\"" + date + "\"}");
	}

	/** The indicators, read after every write so far is visible. */
	public Rates rates(String jurisdiction, String period) {
		Answer answer = this.api.getAfter(this.lastWrite, "admin",
				"/api/indicators?jurisdiction=" + jurisdiction + "&period=" + period);
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		assertThat(answer.header("X-Consistency")).isEqualTo("current");
		return new Rates(answer.body());
	}

	private Answer write(String user, String path, String body) {
		Answer answer = this.api.post(user, path, body);
		assertThat(answer.status()).as(path + " " + answer.raw()).isEqualTo(201);
		this.lastWrite = answer;
		return answer;
	}

	/** An indicator report, read as numerator/denominator pairs. */
	public record Rates(JsonNode report) {

		public Rates expect(String code, long numerator, Long denominator) {
			JsonNode indicator = indicator(code);
			assertThat(indicator.path("numerator").asLong()).as(code + " numerator").isEqualTo(numerator);
			if (denominator == null) {
				assertThat(indicator.path("denominator").isMissingNode() || indicator.path("denominator").isNull())
					.as(code + " has no denominator")
					.isTrue();
			}
			else {
				assertThat(indicator.path("denominator").asLong()).as(code + " denominator").isEqualTo(denominator);
			}
			return this;
		}

		public Rates expect(String code, long numerator, long denominator) {
			return expect(code, numerator, Long.valueOf(denominator));
		}

		public JsonNode indicator(String code) {
			for (JsonNode indicator : this.report.path("indicators")) {
				if (indicator.path("code").asText().equals(code)) {
					return indicator;
				}
			}
			throw new AssertionError("no indicator " + code + " in " + this.report);
		}

	}

}
