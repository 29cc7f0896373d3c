package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import care.smd.kernel.common.DomainEvent;
import care.smd.kernel.testing.Samples;
import care.smd.platform.identity.InMemoryIdentityKeys;

/**
 * Stored events are history: their JSON shape is pinned here, one golden file per event
 * type. A failing comparison means a change would make the stored history unreadable or
 * different: add an upcaster instead of editing the file. Run with -Dgolden.update=true
 * only for a brand-new event type.
 */
class EventGoldenFilesTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden-events");

	private final ObjectMapper mapper = EventJson.storeMapper(new InMemoryIdentityKeys());

	static Stream<DomainEvent> samples() {
		return Samples.everyEvent().stream();
	}

	@Test
	void everyEventTypeHasASample() {
		Set<String> eventTypes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("care.smd.kernel")
			.stream()
			.filter((type) -> type.isAssignableTo(DomainEvent.class) && !type.isInterface())
			.map(JavaClass::getName)
			.collect(Collectors.toSet());
		Set<String> sampled = Samples.everyEvent()
			.stream()
			.map((e) -> e.getClass().getName())
			.collect(Collectors.toSet());
		assertThat(sampled).containsExactlyInAnyOrderElementsOf(eventTypes);
	}

	/**
	 * The stored shape. An event stored sealed has its shape pinned in
	 * {@code Name.sealed.json}, with the ciphertext (different at every write) masked;
	 * its older plain shape stays in {@code Name.json} and must still read.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void shapeMatchesTheGoldenFile(DomainEvent event) throws IOException {
		String json = this.mapper.copy()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.writeValueAsString(event)
			.replaceAll("\"ciphertext\" : \"[^\"]*\"", "\"ciphertext\" : \"<sealed>\"") + "\n";
		boolean sealed = json.contains("<sealed>");
		Path file = GOLDEN.resolve(event.getClass().getSimpleName() + (sealed ? ".sealed.json" : ".json"));
		if (Boolean.getBoolean("golden.update") && !Files.exists(file)) {
			Files.writeString(file, json, StandardCharsets.UTF_8);
		}
		assertThat(file).as("golden file for " + event.getClass().getSimpleName()).exists();
		String golden = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(this.mapper.readTree(json)).isEqualTo(this.mapper.readTree(golden));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void goldenFileReadsBackToTheSameEvent(DomainEvent event) throws IOException {
		String golden = Files.readString(GOLDEN.resolve(event.getClass().getSimpleName() + ".json"));
		assertThat(this.mapper.readValue(golden, event.getClass())).isEqualTo(event);
	}

	@Test
	void noGoldenFileWithoutItsEventType() throws IOException {
		List<String> sampled = Samples.everyEvent().stream().map((e) -> e.getClass().getSimpleName()).toList();
		try (Stream<Path> files = Files.list(GOLDEN)) {
			assertThat(files.map((f) -> f.getFileName().toString().replace(".sealed", "").replace(".json", "")))
				.allMatch(sampled::contains);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void theStoredFormReadsBackToTheSameEvent(DomainEvent event) throws IOException {
		assertThat(this.mapper.readValue(this.mapper.writeValueAsString(event), event.getClass())).isEqualTo(event);
	}

}
