package care.smd.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event must not skip it (Axon's default logs and goes on,
 * which would leave a read model silently wrong). The error propagates, the batch rolls
 * back, and the processor retries the segment with back-off until the cause is fixed.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionErrors {

	@Bean
	ConfigurerModule propagateProjectionErrors() {
		return (configurer) -> configurer.eventProcessing()
			.registerDefaultListenerInvocationErrorHandler((config) -> PropagatingErrorHandler.instance());
	}

}
