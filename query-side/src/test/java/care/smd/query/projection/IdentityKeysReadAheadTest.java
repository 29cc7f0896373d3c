package care.smd.query.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;
import care.smd.platform.identity.IdentityKeys;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeysReadAheadTest {

	private final List<Set<String>> readAhead = new ArrayList<>();

	private final List<String> handled = new ArrayList<>();

	@Test
	void theRegistrationsKeysAreReadOnceBeforeTheBatchsFirstEventWithoutDecodingAny() {
		String other = Samples.OTHER_PATIENT.value();
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
				List.of(undecodable(Samples.PATIENT.value(), 0, PatientRegistered.class),
						undecodable(Samples.PATIENT.value(), 1, RiskAssessed.class),
						undecodable(other, 0, PatientRegistered.class)));
		IdentityKeysReadAhead.ReadAhead interceptor = new IdentityKeysReadAhead.ReadAhead(new Keys());

		ResultMessage<?> result = batch.executeWithResult(
				() -> new DefaultInterceptorChain<>(batch, List.of(interceptor),
						(message) -> this.handled.add(message.getIdentifier()))
					.proceed(),
				RollbackConfigurationType.ANY_THROWABLE);

		assertThat(result.optionalExceptionResult()).isEmpty();
		assertThat(this.readAhead).containsExactly(Set.of(Samples.PATIENT.value(), other));
		assertThat(this.handled).hasSize(3);
	}

	@Test
	void outsideABatchNothingIsReadAhead() throws Exception {
		IdentityKeysReadAhead.ReadAhead interceptor = new IdentityKeysReadAhead.ReadAhead(new Keys());
		EventMessage<?> registered = new GenericDomainEventMessage<>("Patient", Samples.PATIENT.value(), 0,
				Samples.registered());
		org.axonframework.messaging.unitofwork.DefaultUnitOfWork<EventMessage<?>> single = org.axonframework.messaging.unitofwork.DefaultUnitOfWork
			.startAndGet(registered);

		new DefaultInterceptorChain<>(single, List.of(interceptor), (message) -> "handled").proceed();
		single.commit();

		assertThat(this.readAhead).isEmpty();
	}

	/** A stored event whose payload must not be decoded to read ahead. */
	private static EventMessage<?> undecodable(String patient, long sequence, Class<?> type) {
		Object sample = type == PatientRegistered.class ? Samples.registered()
				: new RiskAssessed(Samples.PATIENT, LocalDate.of(2026, 11, 22), DangerLevel.of(1), "note");
		return new GenericDomainEventMessage<>("Patient", patient, sequence, sample, MetaData.emptyInstance()) {
			@Override
			public Object getPayload() {
				if (IdentityKeysReadAheadTest.decodingForbidden()) {
					throw new AssertionError("decoded to read ahead");
				}
				return super.getPayload();
			}
		};
	}

	/** Only the interceptor runs in these tests' batches before the handler. */
	private static boolean decodingForbidden() {
		return java.util.Arrays.stream(Thread.currentThread().getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals(IdentityKeysReadAhead.ReadAhead.class.getName()));
	}

	private final class Keys implements IdentityKeys {

		@Override
		public byte[] keyFor(String patientId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<byte[]> existingKey(String patientId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void erase(String patientId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void readAhead(Collection<String> patientIds) {
			IdentityKeysReadAheadTest.this.readAhead.add(Set.copyOf(patientIds));
		}

	}

}
