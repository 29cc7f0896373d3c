package care.smd.platform.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's JSON serializer, each stored type's class and reader looked up once. Axon's asks
 * the class loader for the class named by every message it decodes, and makes a new
 * reader for it: 6% of a rebuild's reading (docs/benchmarks.md, session 38). A name no
 * class answers to is left to Axon every time, as before.
 */
final class TypesLookedUpOnce extends JacksonSerializer {

	private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

	private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

	TypesLookedUpOnce(ObjectMapper mapper) {
		super(JacksonSerializer.builder().objectMapper(mapper));
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Class classForType(SerializedType type) {
		Class<?> known = this.classes.get(type.getName());
		if (known != null) {
			return known;
		}
		Class<?> found = super.classForType(type);
		if (found != UnknownSerializedType.class && found != Void.class) {
			this.classes.put(type.getName(), found);
		}
		return found;
	}

	@Override
	protected ObjectReader getReader(Class<?> type) {
		return this.readers.computeIfAbsent(type, super::getReader);
	}

}
