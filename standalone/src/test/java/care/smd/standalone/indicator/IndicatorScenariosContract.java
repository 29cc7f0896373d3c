package care.smd.standalone.indicator;

import static java.time.LocalDate.of;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.ScenarioDriver;

/**
 * Three hand-computed scenarios of 20+ patients each, driven over REST. The expected
 * numerators and denominators are worked out by hand in the comments, from the
 * definitions of domain.md §10 as docs/indicators.md spells them out. Each scenario lives
 * in its own county so they do not mix.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
abstract class IndicatorScenariosContract {

	@LocalServerPort
	int port;

	ScenarioDriver s;

	@BeforeEach
	void connect() {
		this.s = new ScenarioDriver(new Api(this.port));
	}

	private void county(String county) {
		this.s.jurisdiction(county, "测试区" + county, 100_000);
		for (String street : new String[] { "001", "002" }) {
			this.s.jurisdiction(county + street, "街道" + street, 10_000);
			for (String community : new String[] { "001", "002" }) {
				this.s.jurisdiction(county + street + community, "居委" + street + community, 5_000);
			}
		}
	}

	/**
	 * A district year (2025). 24 patients, registered 2024-06-01 with schizophrenia
	 * unless said otherwise. Communities: A 310191001001, B 310191001002, C 310191002001,
	 * D 310191002002.
	 */
	@Test
	void aDistrictYear() {
		county("310191");
		String a = "310191001001";
		String b = "310191001002";
		String c = "310191002001";
		String d = "310191002002";
		LocalDate reg = of(2024, 6, 1);
		LocalDate q1 = of(2025, 2, 10);
		LocalDate q2 = of(2025, 5, 10);
		LocalDate q3 = of(2025, 8, 10);
		LocalDate q4 = of(2025, 11, 10);
		// p1-p8 (A): a stable home visit every quarter. p1, p2 take part in
		// rehabilitation, p3's family
		// gets psychological support.
		for (int i = 1; i <= 8; i++) {
			String p = this.s.patient(a, "F20.0", reg);
			this.s.homeVisit(p, q1, i <= 2 ? "\"rehabilitation\":true" : "\"psychologicalSupport\":" + (i == 3));
			this.s.homeVisit(p, q2);
			this.s.homeVisit(p, q3);
			this.s.homeVisit(p, q4);
		}
		// p9 (A): no visit in Q3 -> managed, not standard-managed.
		String p9 = this.s.patient(a, "F20", reg);
		this.s.homeVisit(p9, q1);
		this.s.homeVisit(p9, q2);
		this.s.homeVisit(p9, q4);
		// p10 (A): the Q3 visit is logged last, after the Q4 one (late entry) ->
		// standard-managed.
		String p10 = this.s.patient(a, "F20", reg);
		this.s.homeVisit(p10, q1);
		this.s.homeVisit(p10, q2);
		this.s.homeVisit(p10, q4);
		this.s.homeVisit(p10, q3);
		// p11 (B): phone only -> everything but face-to-face.
		String p11 = this.s.patient(b, "F20", reg);
		for (LocalDate day : new LocalDate[] { q1, q2, q3, q4 }) {
			this.s.visit(p11, day, "PHONE", 0, "REGULAR", "NONE");
		}
		// p12 (B): registered in Q3 (2025-08-15); only Q4 is a whole quarter of
		// registration, covered.
		String p12 = this.s.patient(b, "F20", of(2025, 8, 15));
		this.s.homeVisit(p12, of(2025, 9, 1));
		this.s.homeVisit(p12, q4);
		// p13 (B): registered in Q3, seen only in September -> Q4 uncovered; no visit in
		// the last 3 months.
		String p13 = this.s.patient(b, "F20", of(2025, 8, 15));
		this.s.homeVisit(p13, of(2025, 9, 1));
		// p14: seen in A in Q1 and Q2, transferred to C in June, seen there in Q3 and Q4
		// -> counts in C.
		String p14 = this.s.patient(a, "F20", reg);
		this.s.homeVisit(p14, q1);
		this.s.homeVisit(p14, q2);
		this.s.transfer(p14, of(2025, 6, 15), c, of(2025, 6, 20));
		this.s.homeVisit(p14, q3);
		this.s.homeVisit(p14, q4);
		// p15 (A): died in Q3 -> not registered at the end of 2025 (but in Q2).
		String p15 = this.s.patient(a, "F20", reg);
		this.s.homeVisit(p15, q1);
		this.s.homeVisit(p15, q2);
		this.s.death(p15, of(2025, 8, 1));
		// p16 (C): admitted in November, still in hospital at year end; last visit
		// (phone) says so.
		String p16 = this.s.patient(c, "F20", reg);
		this.s.homeVisit(p16, q1);
		this.s.homeVisit(p16, q2);
		this.s.homeVisit(p16, q3);
		this.s.admit(p16, of(2025, 11, 20));
		this.s.visit(p16, of(2025, 12, 5), "PHONE", 1, "INTERMITTENT", "IN_HOSPITAL");
		// p17 (C): bipolar, intermittent medication, stable.
		String p17 = this.s.patient(c, "F31.1", reg);
		for (LocalDate day : new LocalDate[] { q1, q2, q3, q4 }) {
			this.s.visit(p17, day, "HOME_VISIT", 0, "INTERMITTENT", "NONE");
		}
		// p18 (C): seen in Q1, then danger 4 in Q4 with trouble (肇事), no medication, no
		// care team.
		String p18 = this.s.patient(c, "F20", reg);
		this.s.homeVisit(p18, q1);
		this.s.visit(p18, q4, "HOME_VISIT", 4, "NONE", "NONE", "\"dangerousBehaviour\":{\"trouble\":1}");
		// p19 (D): danger 3 in March, care team assigned, not seen again.
		String p19 = this.s.patient(d, "F20", reg);
		this.s.visit(p19, of(2025, 3, 5), "CLINIC", 3, "REGULAR", "NONE");
		this.s.careTeam(p19, of(2025, 3, 10));
		// p20 (D): seen in February, lost in June.
		String p20 = this.s.patient(d, "F20", reg);
		this.s.homeVisit(p20, q1);
		this.s.markLost(p20, of(2025, 6, 1));
		// p21 (D): seen in 2024 only.
		String p21 = this.s.patient(d, "F20", reg);
		this.s.homeVisit(p21, of(2024, 7, 1));
		// p22 (D): deregistered in April.
		String p22 = this.s.patient(d, "F20", reg);
		this.s.homeVisit(p22, q1);
		this.s.deregister(p22, of(2025, 4, 1));
		// p23 (D): registered in 2026 -> not in 2025.
		String p23 = this.s.patient(d, "F20", of(2026, 1, 5));
		this.s.homeVisit(p23, of(2026, 2, 1));
		// p24 (D): no visit in 2025, but a separate danger assessment, family support and
		// rehabilitation.
		String p24 = this.s.patient(d, "F20", reg);
		this.s.risk(p24, of(2025, 5, 1), 1);
		this.s.support(p24, of(2025, 5, 1), "FAMILY");
		this.s.rehabilitation(p24, of(2025, 6, 1));

		// Registered at 2025-12-31: p1-p14, p16-p21, p24 = 21 (p15 died, p22
		// deregistered, p23 later).
		// Schizophrenia: 21 - p17 = 20. Home-dwelling: 21 - p16 = 20.
		// Managed (assessed visit in 2025): p1-p14, p16-p20 = 19.
		// Standard (every quarter since registration): p1-p8, p10, p11, p12, p14, p16,
		// p17 = 14.
		// Face-to-face: 19 managed - p11 (phone only) = 18.
		// Medication (latest visit regular/intermittent/in hospital): 19 - p18 (none) =
		// 18; regular: p1-p14,
		// p19, p20 = 16; schizophrenia medication: 18 - p17 = 17 of 20.
		// Stable: eligible = home and managed = 19 - p16 = 18; latest visit Oct-Dec
		// stable: p1-p12, p14, p17 = 14
		// (p13 none in window, p18 unstable, p19 and p20 none in window).
		// Rehabilitation: p1, p2, p24 = 3 of 20 home-dwelling; support: p3, p24 = 2 of
		// 20.
		// Risk assessed: 19 + p24 = 20. Care team: needs p18, p19; covered p19 -> 1 of 2.
		// Incident: p18 = 1. Lost: p20 = 1. Prevalence: 21 of 100 000.
		this.s.rates("310191", "2025")
			.expect("registered", 21, null)
			.expect("prevalence", 21, 100_000)
			.expect("management", 19, 21)
			.expect("standardManagement", 14, 21)
			.expect("faceToFace", 18, 21)
			.expect("medication", 18, 21)
			.expect("regularMedication", 16, 21)
			.expect("schizophreniaMedication", 17, 20)
			.expect("stable", 14, 18)
			.expect("rehabilitation", 3, 20)
			.expect("psychologicalSupport", 2, 20)
			.expect("riskAssessmentCoverage", 20, 21)
			.expect("careTeamCoverage", 1, 2)
			.expect("incident", 1, 21)
			.expect("lost", 1, 21);
		// Community A, 2025: p1-p10 (p14 moved to C, p15 died). Standard: p1-p8, p10 = 9.
		this.s.rates(a, "2025")
			.expect("registered", 10, null)
			.expect("management", 10, 10)
			.expect("standardManagement", 9, 10)
			.expect("rehabilitation", 2, 10)
			.expect("psychologicalSupport", 1, 10);
		// Community C, 2025: p14, p16, p17, p18. Home: 3 (p16 in hospital).
		// Managed 4; standard p14, p16, p17 = 3; medication p14, p16, p17 = 3; stable
		// eligible p14, p17, p18 = 3,
		// stable p14, p17 = 2.
		this.s.rates(c, "2025")
			.expect("registered", 4, null)
			.expect("management", 4, 4)
			.expect("standardManagement", 3, 4)
			.expect("medication", 3, 4)
			.expect("stable", 2, 3)
			.expect("rehabilitation", 0, 3);
		// Community A, 2025-Q2 (end June 30): p1-p10 and p15 (alive), not p14 (left June
		// 15) = 11, all seen in May.
		this.s.rates(a, "2025-Q2")
			.expect("registered", 11, null)
			.expect("management", 11, 11)
			.expect("standardManagement", 11, 11);
		// Community C, 2025-Q2: p14 (arrived June 20, seen in May), p16, p17, p18 = 4;
		// p18 not seen in Q2.
		this.s.rates(c, "2025-Q2").expect("registered", 4, null).expect("management", 3, 4);
		// Street 310191002 (C and D), 2025: C's 4 + D's p19, p20, p21, p24 = 8.
		this.s.rates("310191002", "2025").expect("registered", 8, null).expect("lost", 1, 8);
	}

	/**
	 * A quarter and its months (2025-Q3) around hospital stays, loss and care teams. 20
	 * patients in four groups of five, registered 2024-01-01 with schizophrenia, in
	 * 310192001001 (A, B) and 310192001002 (C, D).
	 */
	@Test
	void aQuarterAndItsMonths() {
		county("310192");
		String e = "310192001001";
		String f = "310192001002";
		LocalDate reg = of(2024, 1, 1);
		for (int i = 0; i < 5; i++) {
			// A: stable home visit in July, phone visit in September: danger 2,
			// intermittent (basically stable).
			String a = this.s.patient(e, "F20", reg);
			this.s.homeVisit(a, of(2025, 7, 10));
			this.s.visit(a, of(2025, 9, 10), "PHONE", 2, "INTERMITTENT", "NONE");
			// B: in hospital from June 20 to August 10, then a stable clinic visit with
			// psychological support.
			String b = this.s.patient(e, "F20", reg);
			this.s.admit(b, of(2025, 6, 20));
			this.s.discharge(b, of(2025, 8, 10));
			this.s.visit(b, of(2025, 8, 20), "CLINIC", 0, "REGULAR", "NONE", "\"psychologicalSupport\":true");
			// C: not reached in July (lost), found and seen at home in late September.
			String c = this.s.patient(f, "F20", reg);
			this.s.lostVisit(c, of(2025, 7, 5));
			this.s.homeVisit(c, of(2025, 9, 25));
			// D: danger 5 by phone in July, no medication; care team from July 16 to
			// September 20.
			String d = this.s.patient(f, "F20", reg);
			this.s.visit(d, of(2025, 7, 15), "PHONE", 5, "NONE", "NONE");
			this.s.careTeam(d, of(2025, 7, 16));
			this.s.dissolveCareTeam(d, of(2025, 9, 20));
		}
		// Q3: 20 registered, all home at Sep 30, all managed and standard-managed
		// (assessed visit in Q3).
		// Face-to-face: A, B, C = 15 (D by phone). Medication (latest reached visit): A
		// intermittent, B, C
		// regular = 15; regular B, C = 10. Stable (latest Jul-Sep): A basically stable,
		// B, C stable, D unstable
		// -> 10 of 20. Support: B = 5. Care team: D needs it, dissolved Sep 20 -> 0 of 5.
		// Lost: C found -> 0.
		this.s.rates("310192", "2025-Q3")
			.expect("registered", 20, null)
			.expect("management", 20, 20)
			.expect("standardManagement", 20, 20)
			.expect("faceToFace", 15, 20)
			.expect("medication", 15, 20)
			.expect("regularMedication", 10, 20)
			.expect("stable", 10, 20)
			.expect("psychologicalSupport", 5, 20)
			.expect("careTeamCoverage", 0, 5)
			.expect("lost", 0, 20)
			.expect("riskAssessmentCoverage", 20, 20);
		// July: B in hospital at Jul 31 -> home 15. Managed in July: A, D = 10, both home
		// -> stable eligible
		// 10; stable (latest May-Jul): A = 5. Medication: A regular = 5. Lost: C = 5.
		// Team: D covered 5 of 5.
		this.s.rates("310192", "2025-07")
			.expect("registered", 20, null)
			.expect("management", 10, 20)
			.expect("stable", 5, 10)
			.expect("medication", 5, 20)
			.expect("psychologicalSupport", 0, 15)
			.expect("lost", 5, 20)
			.expect("careTeamCoverage", 5, 5);
		// August: B discharged Aug 10 -> home 20; managed B = 5 (a month: one assessed
		// visit is standard).
		// Lost C = 5; D's team still active = 5 of 5.
		this.s.rates("310192", "2025-08")
			.expect("management", 5, 20)
			.expect("standardManagement", 5, 20)
			.expect("psychologicalSupport", 5, 20)
			.expect("lost", 5, 20)
			.expect("careTeamCoverage", 5, 5);
		// Q2 (end June 30): B admitted June 20 -> 15 home; nobody seen in Q2.
		this.s.rates("310192", "2025-Q2")
			.expect("registered", 20, null)
			.expect("management", 0, 20)
			.expect("rehabilitation", 0, 15);
		// Community 310192001001 (A, B) in Q3: 10 registered, medication all 10, regular
		// B = 5.
		this.s.rates(e, "2025-Q3").expect("registered", 10, null).expect("regularMedication", 5, 10);
	}

	/**
	 * The running year to date (2026, today 2026-11-23: Q1-Q3 elapsed, Q4 running). 20
	 * patients with schizophrenia in 310193001001.
	 */
	@Test
	void theRunningYearToDate() {
		county("310193");
		String g = "310193001001";
		for (int i = 0; i < 6; i++) {
			// A: registered 2025, seen in Q1, Q2, Q3 -> every elapsed quarter covered.
			String a = this.s.patient(g, "F20", of(2025, 1, 1));
			this.s.homeVisit(a, of(2026, 2, 1));
			this.s.homeVisit(a, of(2026, 5, 1));
			this.s.homeVisit(a, of(2026, 8, 1));
			// B: registered 2025, seen in Q1, Q3, Q4 -> Q2 missed.
			String b = this.s.patient(g, "F20", of(2025, 1, 1));
			this.s.homeVisit(b, of(2026, 2, 1));
			this.s.homeVisit(b, of(2026, 8, 1));
			this.s.homeVisit(b, of(2026, 11, 1));
		}
		for (int i = 0; i < 4; i++) {
			// C: registered 2026-04-10: only Q3 is a whole elapsed quarter of
			// registration, covered.
			String c = this.s.patient(g, "F20", of(2026, 4, 10));
			this.s.homeVisit(c, of(2026, 5, 1));
			this.s.homeVisit(c, of(2026, 8, 1));
			// D: registered 2026-10-05: no whole elapsed quarter yet -> one assessed
			// visit in the year suffices.
			String d = this.s.patient(g, "F20", of(2026, 10, 5));
			this.s.homeVisit(d, of(2026, 11, 1));
		}
		// 2026 to date: 20 registered, all managed; standard A 6 + C 4 + D 4 = 14 of 20.
		// Stable: last 3 months of the year (Oct-Dec): B and D seen in November = 10 of
		// 20.
		ScenarioDriver.Rates year = this.s.rates("310193", "2026")
			.expect("registered", 20, null)
			.expect("management", 20, 20)
			.expect("standardManagement", 14, 20)
			.expect("stable", 10, 20);
		org.assertj.core.api.Assertions.assertThat(year.report().path("asOf").asText()).isEqualTo("2026-11-23");
		org.assertj.core.api.Assertions.assertThat(year.report().path("complete").asBoolean()).isFalse();
		// Q4 to date (no whole quarter elapsed): an assessed visit in Q4 counts: B and D
		// = 10.
		this.s.rates("310193", "2026-Q4").expect("management", 10, 20).expect("standardManagement", 10, 20);
		// Q3 (complete): D not yet registered at Sep 30 -> 16; A, B, C seen in August ->
		// 16 of 16.
		this.s.rates("310193", "2026-Q3").expect("registered", 16, null).expect("standardManagement", 16, 16);
	}

}
