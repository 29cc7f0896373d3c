package care.smd.command.jurisdiction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.jurisdiction.JurisdictionDefined;

/**
 * A jurisdiction of the registry: its name and resident population, which prevalence
 * needs.
 */
@Aggregate(commandTargetResolver = "commandTargets")
class Jurisdiction {

	@AggregateIdentifier
	private JurisdictionCode code;

	private String name;

	private long population;

	protected Jurisdiction() {
	}

	/**
	 * Returns whether the jurisdiction was new; an unchanged definition records nothing.
	 */
	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	boolean handle(DefineJurisdiction command) {
		boolean created = this.code == null;
		if (created || !command.name().equals(this.name) || command.population() != this.population) {
			apply(new JurisdictionDefined(command.code(), command.name(), command.population()));
		}
		return created;
	}

	@EventSourcingHandler
	void on(JurisdictionDefined event) {
		this.code = event.code();
		this.name = event.name();
		this.population = event.population();
	}

}
