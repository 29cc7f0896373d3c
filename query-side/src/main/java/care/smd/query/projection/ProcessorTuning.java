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
 * <p>
 * The claim interval is also how long an idle processor waits before it looks for new
 * events again (the event store's streams cannot wake it), so it is what a single write
 * waits for on a quiet node: at 1 s, read-your-writes at 50 follow-ups/s measured p50 410
 * ms (docs/benchmarks.md). Each look is one indexed query per processor.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorTuning {

	@Bean
	ConfigurerModule pooledProcessorTiming(@Value("${smd.projections.token-claim-interval:PT0.1S}") Duration claim,
			@Value("${smd.projections.claim-extension:PT1S}") Duration extension) {
		return (configurer) -> configurer.eventProcessing()
			.registerPooledStreamingEventProcessorConfiguration(
					(config, builder) -> builder.tokenClaimInterval(claim.toMillis())
						.claimExtensionThreshold(extension.toMillis()));
	}

}
