package care.smd.platform.axon;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

import care.smd.platform.identity.IdentityKeys;
import care.smd.platform.identity.SealedRegistrations;

/**
 * The one JSON mapping of stored events and messages. It is built here, not taken from
 * Spring MVC, so that a web setting can never change the shape of history; golden-file
 * tests pin its output.
 */
public final class EventJson {

	private EventJson() {
	}

	/** Plain JSON of messages, for read models and tests; identity is not sealed. */
	public static ObjectMapper mapper() {
		return JsonMapper.builder()
			.addModule(new JavaTimeModule())
			// after the time module: its day reader is replaced by a faster one
			.addModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDates()))
			.addModule(new ParameterNamesModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.serializationInclusion(JsonInclude.Include.ALWAYS)
			.build();
	}

	/**
	 * The mapping of the event store: identity in registrations is sealed with the
	 * patient's key.
	 */
	public static ObjectMapper storeMapper(IdentityKeys keys) {
		ObjectMapper mapper = mapper();
		mapper.registerModule(SealedRegistrations.module(keys, mapper()));
		return mapper;
	}

	/**
	 * The mapping of stored events for a reader that needs no identity: registrations are
	 * read with their identity left sealed (SealedRegistrations.withheld).
	 */
	public static ObjectMapper sealedIdentityMapper() {
		ObjectMapper mapper = mapper();
		mapper.registerModule(SealedRegistrations.withheld(mapper()));
		return mapper;
	}

}
