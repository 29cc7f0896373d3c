package care.smd.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import care.smd.kernel.patient.Consent;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.testing.Samples;
import care.smd.platform.axon.EventJson;

class SealedRegistrationsTest {

	private final InMemoryIdentityKeys keys = new InMemoryIdentityKeys();

	private final ObjectMapper store = EventJson.storeMapper(this.keys);

	@Test
	void theStoredRegistrationHoldsNoReadableIdentityAndReadsBack() throws Exception {
		PatientRegistered registered = Samples.registered();
		String stored = this.store.writeValueAsString(registered);
		assertThat(stored).doesNotContain("张三", "李梅", "13800000000", "13900000000",
				registered.person().idNumber().value(), "长宁区华阳路1号", "1985-03-12");
		assertThat(stored).contains("\"diagnosis\"", "\"jurisdiction\":\"310105002001\"");
		assertThat(this.store.readValue(stored, PatientRegistered.class)).isEqualTo(registered);
	}

	@Test
	void twoSealingsOfTheSameIdentityDiffer() throws Exception {
		assertThat(this.store.writeValueAsString(Samples.registered()))
			.isNotEqualTo(this.store.writeValueAsString(Samples.registered()));
	}

	@Test
	void afterErasureTheRegistrationReadsWithoutIdentityButKeepsWhatTheRatesNeed() throws Exception {
		PatientRegistered registered = Samples.registered();
		String stored = this.store.writeValueAsString(registered);
		this.keys.erase(registered.patientId().value());
		PatientRegistered erased = this.store.readValue(stored, PatientRegistered.class);
		assertThat(erased.person()).isNull();
		assertThat(erased.guardian()).isNull();
		assertThat(erased.consent().signedBy()).isEqualTo(SealedRegistrations.ERASED);
		assertThat(erased.jurisdiction()).isEqualTo(registered.jurisdiction());
		assertThat(erased.registeredOn()).isEqualTo(registered.registeredOn());
		assertThat(erased.diagnosis()).isEqualTo(registered.diagnosis());
	}

	@Test
	void readWithheldTheRegistrationKeepsItsIdentitySealed() throws Exception {
		PatientRegistered registered = Samples.registered();
		String stored = this.store.writeValueAsString(registered);
		ObjectMapper withheld = EventJson.sealedIdentityMapper();
		// the patient's key is there: the store's own mapping opens the identity
		assertThat(this.store.readValue(stored, PatientRegistered.class).person()).isNotNull();
		PatientRegistered read = withheld.readValue(stored, PatientRegistered.class);
		assertThat(read.person()).isNull();
		assertThat(read.guardian()).isNull();
		assertThat(read.consent().signedBy()).isEqualTo(SealedRegistrations.WITHHELD);
		assertThat(read).isEqualTo(new PatientRegistered(registered.patientId(), registered.jurisdiction(),
				registered.registeredOn(), null, null,
				new Consent(registered.consent().given(), SealedRegistrations.WITHHELD, registered.consent().date()),
				registered.diagnosis(), registered.background(), registered.firstFollowUpDue()));
	}

	@Test
	void aSealedIdentityOpensOnlyForItsOwnPatient() throws Exception {
		String stored = this.store.writeValueAsString(Samples.registered());
		String moved = stored.replace(Samples.PATIENT.value(), "11111111-2222-3333-4444-555555555555");
		this.keys.keyFor("11111111-2222-3333-4444-555555555555");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.store.readValue(moved, PatientRegistered.class))
			.hasMessageContaining("does not open");
	}

}
