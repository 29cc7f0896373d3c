package care.smd.platform.axon;

import java.time.Clock;
import java.time.ZoneId;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import care.smd.platform.identity.IdentityKeys;

/**
 * Jackson for every stored message, China Standard Time for "today", and who did it on
 * every event.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(CHINA);
	}

	@Bean
	@Primary
	Serializer serializer(IdentityKeys keys) {
		return jackson(keys);
	}

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(IdentityKeys keys) {
		return jackson(keys);
	}

	@Bean
	@Qualifier("messageSerializer")
	Serializer messageSerializer(IdentityKeys keys) {
		return jackson(keys);
	}

	@Bean
	CorrelationDataProvider actorCorrelation() {
		return new SimpleCorrelationDataProvider(CommandActor.USER, CommandActor.ROLES);
	}

	@Bean
	CorrelationDataProvider messageOrigin() {
		return new MessageOriginProvider();
	}

	private static Serializer jackson(IdentityKeys keys) {
		return JacksonSerializer.builder().objectMapper(EventJson.storeMapper(keys)).build();
	}

}
