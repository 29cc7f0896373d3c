package care.smd.query.projection;

import java.util.LinkedHashSet;
import java.util.Set;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import care.smd.kernel.patient.PatientRegistered;
import care.smd.platform.identity.IdentityKeys;

/**
 * Before a read model's batch decodes its events, the data keys of the registrations in
 * it are read in one query: decoding a registration opens its sealed identity with the
 * patient's key, and a query per registration was a sixth of what each read model waited
 * on in a replay (docs/benchmarks.md, session 9). The batch's events are not decoded for
 * this: their payload type and case are read from the stored message.
 */
@Configuration(proxyBeanMethods = false)
class IdentityKeysReadAhead {

	@Bean
	ConfigurerModule readIdentityKeysAhead(IdentityKeys keys) {
		return (configurer) -> configurer.eventProcessing()
			.registerDefaultHandlerInterceptor((configuration, processor) -> new ReadAhead(keys));
	}

	/** Reads ahead once per batch, before its first event is handled. */
	static final class ReadAhead implements MessageHandlerInterceptor<EventMessage<?>> {

		private static final String DONE = ReadAhead.class.getName();

		private final IdentityKeys keys;

		ReadAhead(IdentityKeys keys) {
			this.keys = keys;
		}

		@Override
		public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
				throws Exception {
			if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) {
				batch.getOrComputeResource(DONE, (name) -> {
					this.keys.readAhead(registeredPatients(batch));
					return Boolean.TRUE;
				});
			}
			return chain.proceed();
		}

		private static Set<String> registeredPatients(BatchingUnitOfWork<?> batch) {
			Set<String> patients = new LinkedHashSet<>();
			batch.getMessages().forEach((message) -> {
				if (message instanceof DomainEventMessage<?> event
						&& event.getPayloadType() == PatientRegistered.class) {
					patients.add(event.getAggregateIdentifier());
				}
			});
			return patients;
		}

	}

}
