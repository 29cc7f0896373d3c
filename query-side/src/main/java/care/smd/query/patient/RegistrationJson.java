package care.smd.query.patient;

import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import care.smd.kernel.patient.PatientRegistered;
import care.smd.platform.axon.EventJson;

/**
 * A registration as the case file and the history hold it, its identity plain: written
 * once a batch for both. Each wrote it, 11% of the case views' thread in a rebuild at
 * 100,000 patients (docs/benchmarks.md, session 38).
 */
final class RegistrationJson {

	private static final String WRITTEN = RegistrationJson.class.getName();

	private static final ObjectMapper JSON = EventJson.mapper();

	private RegistrationJson() {
	}

	/**
	 * The UTF-8 JSON of the registration, the one written for this very event in the
	 * current batch if there is one.
	 */
	static byte[] of(PatientRegistered event) throws JsonProcessingException {
		if (!CurrentUnitOfWork.isStarted()) {
			return JSON.writeValueAsBytes(event);
		}
		Map<PatientRegistered, byte[]> written = CurrentUnitOfWork.get()
			.root()
			.getOrComputeResource(WRITTEN, (key) -> new IdentityHashMap<>());
		byte[] json = written.get(event);
		if (json == null) {
			json = JSON.writeValueAsBytes(event);
			written.put(event, json);
		}
		return json;
	}

}
