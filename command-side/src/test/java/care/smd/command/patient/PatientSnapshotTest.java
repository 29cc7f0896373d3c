package care.smd.command.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientStatus;
import care.smd.platform.axon.EventJson;
import care.smd.platform.identity.InMemoryIdentityKeys;

/**
 * A case's snapshot is its fields, written by the store's own JSON mapping: every field
 * comes back as it was, and the stored shape is pinned, so that a changed field is seen
 * here and comes with a new {@link Patient#SNAPSHOT_REVISION}.
 */
class PatientSnapshotTest {

	/**
	 * Changing this string means changing what a snapshot holds: raise
	 * Patient.SNAPSHOT_REVISION with it, so that snapshots of the old shape are not used.
	 */
	private static final String PINNED = "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"jurisdiction\":\"310101001001\","
			+ "\"registeredOn\":\"2024-03-01\",\"status\":\"MOVED_OUT\",\"inHospital\":true,"
			+ "\"destination\":\"310101001002\",\"pendingTransferTo\":\"310101001003\","
			+ "\"pendingTransferOn\":\"2024-03-02\",\"pendingTransferReason\":\"moved in with family\","
			+ "\"mergedInto\":\"00000000-0000-4000-8000-000000000002\",\"statusBeforeMerge\":\"LOST\",\"absorbed\":[\"00000000-0000-4000-8000-000000000003\"],\"hasCareTeam\":true,"
			+ "\"teamMembers\":[\"police-1\"],\"tasks\":{\"t-1\":true},\"referrals\":{\"r-1\":false}}";

	private final Serializer serializer = JacksonSerializer.builder()
		.objectMapper(EventJson.storeMapper(new InMemoryIdentityKeys()))
		.build();

	@Test
	void everyFieldComesBackAsItWas() throws Exception {
		Patient kept = everyFieldSet();

		Patient read = this.serializer.deserialize(this.serializer.serialize(kept, byte[].class));

		for (Field field : stateFields()) {
			assertThat(field.get(read)).as(field.getName()).isEqualTo(field.get(kept));
		}
	}

	@Test
	void theStoredShapeIsPinnedAndCarriesItsRevision() throws Exception {
		SerializedObject<byte[]> stored = this.serializer.serialize(everyFieldSet(), byte[].class);

		assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(PINNED);
		assertThat(stored.getType().getRevision()).isEqualTo(Patient.SNAPSHOT_REVISION);
	}

	/**
	 * A case whose every field differs from its initial value: a new field of a kind not
	 * listed here fails the test until it is given a value (and the pin a new revision).
	 */
	private static Patient everyFieldSet() throws Exception {
		Patient patient = new Patient();
		List<Object> dates = List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
		int[] counts = new int[4];
		for (Field field : stateFields()) {
			Object value = switch (field.getType().getSimpleName()) {
				case "PatientId" -> PatientId.of("00000000-0000-4000-8000-00000000000" + (++counts[0]));
				case "JurisdictionCode" -> JurisdictionCode.of("31010100100" + (++counts[1]));
				case "LocalDate" -> dates.get(counts[2]++);
				case "PatientStatus" -> (counts[3]++ == 0) ? PatientStatus.MOVED_OUT : PatientStatus.LOST;
				case "boolean" -> true;
				case "String" -> "moved in with family";
				case "Set" ->
					Set.of(field.getName().equals("absorbed") ? "00000000-0000-4000-8000-000000000003" : "police-1");
				case "Map" -> Map.of(field.getName().equals("tasks") ? "t-1" : "r-1", field.getName().equals("tasks"));
				default -> fail("give the new kind of field %s a value here", field);
			};
			assertThat(value).as(field.getName()).isNotEqualTo(field.get(patient));
			field.set(patient, value);
		}
		return patient;
	}

	private static List<Field> stateFields() {
		return Arrays.stream(Patient.class.getDeclaredFields())
			.filter((field) -> !Modifier.isStatic(field.getModifiers()))
			.peek((field) -> field.setAccessible(true))
			.toList();
	}

}
