package care.smd.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's JSON refuses a list with a missing entry ({@code "symptoms": [null]}), named
 * by the entry's path as a wrong type is, instead of a command holding a hole that a rule
 * stumbles on later. Spring has no property for it; the API's other strictness is in
 * smd-platform.properties. The events' own mapping is left as it is, so that whatever the
 * store holds still reads.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noMissingEntries() {
		return (builder) -> builder
			.postConfigurer((mapper) -> mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
	}

}
