package org.recovery.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core a pure domain: no storage, JSON, web or console code, and no hidden clock. */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.recovery.core");
  }

  @Test
  void coreKnowsNothingOfStorageJsonWebOrConsole() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.sql..", "javax.sql..", "com.fasterxml..", "java.net.http..",
            "com.sun.net.httpserver..", "io.javalin..", "org.eclipse.jetty..", "picocli..",
            "org.slf4j..", "java.io..", "java.nio.file..")
        .because("core is the domain; storage, formats and apps live in other modules")
        .check(core);
  }

  @Test
  void coreNeverReadsTheSystemClockOrDefaultZone() {
    noClasses().should().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(ZoneId.class, "systemDefault")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("every rule is a pure function of events, an instant and the couple's zone")
        .check(core);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.recovery.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void valueFeaturesDoNotReachUpIntoTheJourney() {
    noClasses().that().resideInAnyPackage("org.recovery.core.commitment..",
            "org.recovery.core.checkin..", "org.recovery.core.setback..",
            "org.recovery.core.boundary..", "org.recovery.core.consent..",
            "org.recovery.core.safety..", "org.recovery.core.common..")
        .should().dependOnClassesThat().resideInAnyPackage("org.recovery.core.journey..",
            "org.recovery.core.spi..")
        .check(core);
  }
}
