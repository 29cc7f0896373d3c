package care.smd.command.jurisdiction;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.jurisdiction.JurisdictionDefined;

class JurisdictionTest {

	private static final JurisdictionCode CHANGNING = JurisdictionCode.of("310105");

	private FixtureConfiguration<Jurisdiction> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Jurisdiction.class);
	}

	@Test
	void definesANewJurisdiction() {
		this.fixture.givenNoPriorActivity()
			.when(new DefineJurisdiction(CHANGNING, "长宁区", 693_051L))
			.expectEvents(new JurisdictionDefined(CHANGNING, "长宁区", 693_051))
			.expectResultMessagePayload(true);
	}

	@Test
	void updatesThePopulation() {
		this.fixture.given(new JurisdictionDefined(CHANGNING, "长宁区", 690_000))
			.when(new DefineJurisdiction(CHANGNING, "长宁区", 693_051L))
			.expectEvents(new JurisdictionDefined(CHANGNING, "长宁区", 693_051))
			.expectResultMessagePayload(false);
	}

	@Test
	void anUnchangedDefinitionRecordsNothing() {
		this.fixture.given(new JurisdictionDefined(CHANGNING, "长宁区", 693_051))
			.when(new DefineJurisdiction(CHANGNING, "长宁区", 693_051L))
			.expectNoEvents()
			.expectResultMessagePayload(false);
	}

}
