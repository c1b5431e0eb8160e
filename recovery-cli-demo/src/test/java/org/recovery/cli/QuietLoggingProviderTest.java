package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuietLoggingProviderTest {
  @TempDir Path directory;

  @AfterEach
  void clearProperties() {
    System.clearProperty(QuietLoggingProvider.PROPERTY);
    System.clearProperty(QuietLoggingProvider.VERBOSITY);
    System.clearProperty(QuietLogging.CONFIGURATION_FILE);
  }

  @Test
  void warningsAndTheirStackTracesReachTheErrorStreamInTheShippedFormatAndInfoDoesNot() {
    QuietLoggingProvider provider = new QuietLoggingProvider();
    String err =
        errorStream(
            () -> {
              provider.initialize();
              org.slf4j.Logger logger =
                  provider.getLoggerFactory().getLogger("org.recovery.persistence.FileKeyProvider");
              logger.info("made a master key");
              logger.warn("the master key file is readable by others");
              logger.error("could not record the head", new IllegalStateException("disk full"));
            });

    assertThat(err)
        .startsWith(
            "WARN o.r.p.FileKeyProvider: the master key file is readable by others"
                + System.lineSeparator()
                + "ERROR o.r.p.FileKeyProvider: could not record the head"
                + System.lineSeparator()
                + "java.lang.IllegalStateException: disk full")
        .contains("\tat org.recovery.cli.QuietLoggingProviderTest")
        .doesNotContain("made a master key");
    LoggerContext context = (LoggerContext) provider.getLoggerFactory();
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    assertThat(provider.getMDCAdapter()).isNotNull();
    assertThat(provider.getMarkerFactory().getMarker("m").getName()).isEqualTo("m");
    context.stop();
  }

  @Test
  void aConfigurationFileOfOnesOwnIsReadByLogbacksOwnStartUp() throws IOException {
    Path mine = directory.resolve("mine.xml");
    Files.writeString(
        mine,
        "<configuration><logger name=\"org.recovery\" level=\"DEBUG\"/>"
            + "<root level=\"ERROR\"/></configuration>");
    System.setProperty(QuietLogging.CONFIGURATION_FILE, mine.toString());
    QuietLoggingProvider provider = new QuietLoggingProvider();

    errorStream(provider::initialize);

    LoggerContext context = (LoggerContext) provider.getLoggerFactory();
    assertThat(context.getLogger("org.recovery").getLevel()).isEqualTo(Level.DEBUG);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.ERROR);
    context.stop();
  }

  @Test
  void itIsChosenAndAnnouncedQuietlyUnlessAPersonChoseAProviderOfTheirOwn() {
    QuietLoggingProvider.choose();
    assertThat(System.getProperty(QuietLoggingProvider.PROPERTY))
        .isEqualTo(QuietLoggingProvider.class.getName());
    assertThat(System.getProperty(QuietLoggingProvider.VERBOSITY)).isEqualTo("WARN");

    clearProperties();
    System.setProperty(QuietLoggingProvider.VERBOSITY, "DEBUG");
    QuietLoggingProvider.choose();
    assertThat(System.getProperty(QuietLoggingProvider.VERBOSITY)).isEqualTo("DEBUG");

    clearProperties();
    System.setProperty(QuietLoggingProvider.PROPERTY, "org.slf4j.simple.SimpleServiceProvider");
    QuietLoggingProvider.choose();
    assertThat(System.getProperty(QuietLoggingProvider.PROPERTY))
        .isEqualTo("org.slf4j.simple.SimpleServiceProvider");
    assertThat(System.getProperty(QuietLoggingProvider.VERBOSITY)).isNull();
  }

  private static String errorStream(Runnable action) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(err);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
