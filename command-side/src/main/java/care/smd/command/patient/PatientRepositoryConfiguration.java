package care.smd.command.patient;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The patients' repository: Axon's event-sourcing repository with a bounded cache of
 * cases checked against the store before each use ({@link VerifiedCaseRepository}).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class PatientRepositoryConfiguration {

	/**
	 * @param size cases kept per write node; a kept case holds no identity data (its
	 * state is ids, dates, status and the team's user ids)
	 */
	@Bean
	Repository<Patient> patientRepository(EventStore store, Configuration axon, MeterRegistry meters,
			@Value("${smd.case-cache.size:20000}") int size) {
		EventSourcingRepository.Builder<Patient> builder = EventSourcingRepository.builder(Patient.class)
			.parameterResolverFactory(axon.parameterResolverFactory())
			.handlerDefinition(axon.handlerDefinition(Patient.class));
		return new VerifiedCaseRepository<>(builder, new BoundedCache(size), store, meters);
	}

}
