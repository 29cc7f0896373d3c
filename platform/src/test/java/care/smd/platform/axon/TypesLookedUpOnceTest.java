package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.junit.jupiter.api.Test;

import care.smd.kernel.common.DomainEvent;
import care.smd.kernel.testing.Samples;
import care.smd.platform.identity.InMemoryIdentityKeys;

class TypesLookedUpOnceTest {

	private final TypesLookedUpOnce serializer = new TypesLookedUpOnce(
			EventJson.storeMapper(new InMemoryIdentityKeys()));

	@Test
	void everyEventReadsBackEqualTheSecondTimeToo() {
		for (int time = 0; time < 2; time++) {
			for (DomainEvent event : Samples.everyEvent()) {
				SerializedObject<byte[]> stored = this.serializer.serialize(event, byte[].class);
				assertThat((Object) this.serializer.deserialize(stored)).isEqualTo(event);
			}
		}
	}

	@Test
	void aTypeNoClassAnswersToStaysUnknown() {
		SimpleSerializedType gone = new SimpleSerializedType("care.smd.kernel.patient.NoSuchEvent", null);
		for (int time = 0; time < 2; time++) {
			assertThat(this.serializer.classForType(gone)).isEqualTo(UnknownSerializedType.class);
			Object read = this.serializer
				.deserialize(new SimpleSerializedObject<>("{}".getBytes(), byte[].class, gone));
			assertThat(read).isInstanceOf(UnknownSerializedType.class);
		}
	}

	@Test
	void theEmptyTypeIsNothing() {
		assertThat(this.serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
		assertThat((Object) this.serializer
			.deserialize(new SimpleSerializedObject<>(new byte[0], byte[].class, SimpleSerializedType.emptyType())))
			.isNull();
	}

}
