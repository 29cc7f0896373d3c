package care.smd.query.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;

import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.jurisdiction.JurisdictionDefined;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;

class PerBatchTest {

	private static final PatientId A = Samples.PATIENT;

	private static final PatientId B = Samples.OTHER_PATIENT;

	private static final PatientId OUTSIDE = PatientId.of("0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d");

	private final List<Set<String>> loadedTogether = new ArrayList<>();

	private final List<String> loadedAlone = new ArrayList<>();

	@Test
	void theFirstUseInABatchReadsEveryPatientOfTheBatchTogetherAndOnlyOnce() {
		BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
				List.of(event(assessed(A)), event(new JurisdictionDefined(Samples.COMMUNITY, "居委会", 4200)),
						event(assessed(B)), event(assessed(A))));
		Map<String, String> seen = new HashMap<>();

		ResultMessage<?> result = batch.executeWithResult(() -> {
			if (batch.getMessage().getPayload() instanceof RiskAssessed assessed) {
				String patient = assessed.patientId().value();
				seen.put(patient, PerBatch.get("test", patient, this::loadAll, this::loadAlone));
			}
			seen.put(OUTSIDE.value(), PerBatch.get("test", OUTSIDE.value(), this::loadAll, this::loadAlone));
			return null;
		}, RollbackConfigurationType.ANY_THROWABLE);

		assertThat(result.isExceptional()).isFalse();

		assertThat(this.loadedTogether).containsExactly(Set.of(A.value(), B.value()));
		assertThat(this.loadedAlone).as("a patient outside the batch, once").containsExactly(OUTSIDE.value());
		assertThat(seen).containsEntry(A.value(), "together " + A.value())
			.containsEntry(B.value(), "together " + B.value())
			.containsEntry(OUTSIDE.value(), "alone " + OUTSIDE.value());
	}

	@Test
	void outsideABatchEveryUseReadsAlone() {
		assertThat(PerBatch.get("test", A.value(), this::loadAll, this::loadAlone)).isEqualTo("alone " + A.value());
		assertThat(PerBatch.get("test", A.value(), this::loadAll, this::loadAlone)).isEqualTo("alone " + A.value());

		assertThat(this.loadedTogether).isEmpty();
		assertThat(this.loadedAlone).hasSize(2);
	}

	@Test
	void rowsByPatientAreEmptyWhereNoneWasFoundAndAnEmptySetAsksNothing() {
		List<Set<String>> asked = new ArrayList<>();
		Map<String, java.util.Optional<String>> rows = PerBatch.byPatient(Set.of(A.value(), B.value()), (ids) -> {
			asked.add(Set.copyOf(ids));
			return List.of("row of " + A.value());
		}, (row) -> row.substring("row of ".length()));

		assertThat(asked).containsExactly(Set.of(A.value(), B.value()));
		assertThat(rows).containsEntry(A.value(), java.util.Optional.of("row of " + A.value()))
			.containsEntry(B.value(), java.util.Optional.empty())
			.hasSize(2);

		assertThat(PerBatch.byPatient(Set.<String>of(), (ids) -> {
			asked.add(ids);
			return List.<String>of();
		}, (row) -> row)).isEmpty();
		assertThat(asked).as("no query for no patients").hasSize(1);
	}

	private Map<String, String> loadAll(Set<String> patients) {
		this.loadedTogether.add(Set.copyOf(patients));
		Map<String, String> values = new HashMap<>();
		patients.forEach((patient) -> values.put(patient, "together " + patient));
		return values;
	}

	private String loadAlone(String patient) {
		this.loadedAlone.add(patient);
		return "alone " + patient;
	}

	private static RiskAssessed assessed(PatientId patient) {
		return new RiskAssessed(patient, LocalDate.of(2026, 11, 22), DangerLevel.of(1), "note");
	}

	private static EventMessage<?> event(Object payload) {
		return GenericEventMessage.asEventMessage(payload);
	}

}
