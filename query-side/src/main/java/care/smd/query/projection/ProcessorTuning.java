package care.smd.query.projection;

import java.time.Duration;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How often a pooled processor looks for free segments (a dead node's, or one another
 * node released) and how often a segment with nothing to handle still stores its
 * position, which read-your-writes reads across nodes. Axon's defaults are 5 s for both.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorTuning {

	@Bean
	ConfigurerModule pooledProcessorTiming(@Value("${smd.projections.token-claim-interval:PT1S}") Duration claim,
			@Value("${smd.projections.claim-extension:PT1S}") Duration extension) {
		return (configurer) -> configurer.eventProcessing()
			.registerPooledStreamingEventProcessorConfiguration(
					(config, builder) -> builder.tokenClaimInterval(claim.toMillis())
						.claimExtensionThreshold(extension.toMillis()));
	}

}
