package care.smd.query.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;
import care.smd.platform.axon.EventJson;

class RegistrationJsonTest {

	private final PatientRegistered registration = Samples.registered();

	@Test
	void aRegistrationIsWrittenOnceABatchAsTheEventsMappingWritesIt() throws Exception {
		byte[] plain = EventJson.mapper().writeValueAsBytes(this.registration);
		DefaultUnitOfWork<?> batch = DefaultUnitOfWork
			.startAndGet(GenericEventMessage.asEventMessage(this.registration));
		try {
			byte[] first = RegistrationJson.of(this.registration);
			assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(new String(plain, StandardCharsets.UTF_8));
			assertThat(RegistrationJson.of(this.registration)).isSameAs(first);
			PatientRegistered another = Samples.registered();
			assertThat(RegistrationJson.of(another)).isNotSameAs(first)
				.isEqualTo(EventJson.mapper().writeValueAsBytes(another));
		}
		finally {
			batch.commit();
		}
	}

	@Test
	void outsideABatchEachAskingWritesItAgain() throws JsonProcessingException {
		byte[] first = RegistrationJson.of(this.registration);
		assertThat(RegistrationJson.of(this.registration)).isNotSameAs(first).isEqualTo(first);
	}

}
