package care.smd.standalone.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import jakarta.persistence.Entity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RestController;

/**
 * Module rules: events are the only thing that crosses from write to read, the kernel
 * stays free of Spring, and module internals stay package-private.
 */
class ModuleBoundariesTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("care.smd");

	@Test
	void commandSideNeverImportsQuerySide() {
		noClasses().that()
			.resideInAPackage("care.smd.command..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("care.smd.query..")
			.check(this.classes);
	}

	@Test
	void querySideNeverImportsCommandSide() {
		noClasses().that()
			.resideInAPackage("care.smd.query..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("care.smd.command..")
			.check(this.classes);
	}

	@Test
	void theKernelHasNoSpring() {
		noClasses().that()
			.resideInAPackage("care.smd.kernel..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(this.classes);
	}

	@Test
	void thePlatformKnowsNeitherSide() {
		noClasses().that()
			.resideInAPackage("care.smd.platform..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("care.smd.command..", "care.smd.query..")
			.check(this.classes);
	}

	@Test
	void entitiesProjectionsAndAggregatesArePackagePrivate() {
		classes().that()
			.resideInAnyPackage("care.smd.command..", "care.smd.query..")
			.and()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAnnotatedWith(ProcessingGroup.class)
			.or()
			.areAnnotatedWith(Aggregate.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(this.classes);
	}

	/**
	 * Axon's own resolver looks for a command's target through the command's class on
	 * every command (CommandTargets, docs/benchmarks.md session 23).
	 */
	@Test
	void aggregatesFindTheirCommandsTargetsOncePerClass() {
		classes().that()
			.areAnnotatedWith(Aggregate.class)
			.should(new ArchCondition<JavaClass>("name commandTargets as their command target resolver") {
				@Override
				public void check(JavaClass aggregate, ConditionEvents events) {
					String resolver = aggregate.getAnnotationOfType(Aggregate.class).commandTargetResolver();
					if (!resolver.equals("commandTargets")) {
						events.add(SimpleConditionEvent.violated(aggregate,
								aggregate.getName() + " resolves its commands' targets with '" + resolver + "'"));
					}
				}
			})
			.check(this.classes);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(this.classes);
	}

}
