package care.smd.query.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the read models' token segments before any processor starts. Axon's pooled
 * processor creates them when it starts and finds none; two read nodes starting at the
 * same moment then both insert them, and the loser fails to start. Here the loser of that
 * race waits a little and finds the segments the other node made.
 */
@Configuration(proxyBeanMethods = false)
class TokenSegments {

	static final String[] READ_MODELS = { "case-views", "indicators" };

	private static final int ATTEMPTS = 10;

	@Bean
	ConfigurerModule createTokenSegmentsFirst(Environment environment, PlatformTransactionManager transactions) {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		return (configurer) -> configurer
			.onInitialize((axon) -> axon.onStart(Phase.INBOUND_EVENT_CONNECTORS - 10, () -> {
				for (String name : READ_MODELS) {
					int segments = environment.getProperty(
							"axon.eventhandling.processors." + name + ".initial-segment-count", Integer.class, 1);
					create(name, segments, axon.getComponent(TokenStore.class), axon.eventStore(), transaction);
				}
			}));
	}

	private static void create(String name, int segments, TokenStore tokens, EventStore events,
			TransactionTemplate transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult((tx) -> {
					if (tokens.fetchSegments(name).length == 0) {
						// what Axon's pooled processor itself starts from: everything, as
						// a
						// replay
						tokens.initializeTokenSegments(name, segments,
								ReplayToken.createReplayToken(events.createHeadToken(), events.createTailToken()));
					}
				});
				return;
			}
			catch (RuntimeException raced) {
				if (attempt == ATTEMPTS) {
					throw raced;
				}
				sleep(100L * attempt);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
