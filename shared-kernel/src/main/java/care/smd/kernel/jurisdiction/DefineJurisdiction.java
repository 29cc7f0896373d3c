package care.smd.kernel.jurisdiction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;

/** Create or update a jurisdiction's name and resident population (常住人口). */
public record DefineJurisdiction(@TargetAggregateIdentifier JurisdictionCode code, String name, Long population) {

	public DefineJurisdiction {
		Require.present(code, "code");
		name = Require.text(name, "name", 100);
		Require.present(population, "population");
		if (population < 0) {
			throw new InvalidValue("population", "must not be negative");
		}
	}

}
