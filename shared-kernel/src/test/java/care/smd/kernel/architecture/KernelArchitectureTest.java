package care.smd.kernel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import care.smd.kernel.common.DomainEvent;

class KernelArchitectureTest {

	private final JavaClasses kernel = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("care.smd.kernel");

	@Test
	void theKernelKnowsNoSpring() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(this.kernel);
	}

	@Test
	void eventsAreImmutableRecords() {
		classes().that().implement(DomainEvent.class).should().beRecords().check(this.kernel);
	}

	@Test
	void theKernelKnowsNeitherSide() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("care.smd.command..", "care.smd.query..", "care.smd.platform..")
			.check(this.kernel);
	}

}
