package org.recovery.core.instrument;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class InstrumentArchitectureTest {

  @Test
  void instrumentsDependOnTheJdkAndCommonOnly() {
    classes()
        .that()
        .resideInAPackage("org.recovery.core.instrument..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.recovery.core.instrument..", "org.recovery.core.common..")
        .because("a questionnaire is a value: it must not reach up into journeys or storage")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.recovery.core.instrument"));
  }
}
