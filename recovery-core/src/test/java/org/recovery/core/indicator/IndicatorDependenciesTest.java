package org.recovery.core.indicator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Indicators are pure functions over values: they never reach the journey, storage or progress. */
class IndicatorDependenciesTest {

  @Test
  void indicatorsDependOnlyOnTheJdkAndTheValuePackages() {
    JavaClasses indicators =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recovery.core.indicator");

    classes()
        .that()
        .resideInAPackage("org.recovery.core.indicator")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.recovery.core.indicator",
            "org.recovery.core.commitment",
            "org.recovery.core.checkin",
            "org.recovery.core.setback",
            "org.recovery.core.common")
        .because("indicators sit below the journey and the progress rules that call them")
        .check(indicators);
  }
}
