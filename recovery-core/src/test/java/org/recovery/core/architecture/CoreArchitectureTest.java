package org.recovery.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core a pure domain: no storage, JSON, web or console code, and no hidden clock. */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recovery.core");
  }

  @Test
  void coreKnowsNothingOfStorageJsonWebOrConsole() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "com.fasterxml..",
            "java.net.http..",
            "com.sun.net.httpserver..",
            "io.javalin..",
            "org.eclipse.jetty..",
            "picocli..",
            "org.slf4j..",
            "java.io..",
            "java.nio.file..")
        .because("core is the domain; storage, formats and apps live in other modules")
        .check(core);
  }

  @Test
  void coreNeverReadsTheSystemClockOrDefaultZone() {
    noClasses()
        .should()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .because("every rule is a pure function of events, an instant and the couple's zone")
        .check(core);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.recovery.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void valueFeaturesDoNotReachUpIntoTheJourney() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.recovery.core.commitment..",
            "org.recovery.core.checkin..",
            "org.recovery.core.setback..",
            "org.recovery.core.boundary..",
            "org.recovery.core.consent..",
            "org.recovery.core.safety..",
            "org.recovery.core.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.recovery.core.journey..", "org.recovery.core.spi..")
        .check(core);
  }

  @Test
  void onlyTheModelAwareDecisionReachesTheJourneysOwnRules() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.recovery.core.journey.rules", "org.recovery.core.progress")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.recovery.core.journey.rules")
        .because(
            "there is one decision, Progression.decide (which Journeys runs): the"
                + " journey's rules alone would skip the model's")
        .check(core);
  }

  @Test
  void theModuleExportsTheApiAndNotTheJourneysOwnRules() throws Exception {
    ModuleDescriptor module =
        ModuleFinder.of(Path.of("target", "classes"))
            .find("org.recovery.core")
            .orElseThrow()
            .descriptor();
    Set<String> exported =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<String> packages = core.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

    assertThat(exported).doesNotContain("org.recovery.core.journey.rules");
    assertThat(module.exports()).allMatch(e -> !e.isQualified());
    Set<String> hidden = new TreeSet<>(packages);
    hidden.removeAll(exported);
    assertThat(hidden)
        .as("packages that are not API")
        .containsExactly("org.recovery.core.journey.rules");
  }
}
