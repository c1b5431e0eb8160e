package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Even at the most talkative level, no log line carries a note or a rating. The lines are captured
 * in a list while the console appenders are detached, so the test's TRACE output does not flood the
 * build.
 */
class LoggingTest {
  private static final String NOTE = "note-never-logged-5d2e";

  @TempDir Path directory;
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final List<Appender<ILoggingEvent>> console = new ArrayList<>();
  private Level level;

  @BeforeEach
  void capture() {
    level = root.getLevel();
    root.iteratorForAppenders().forEachRemaining(console::add);
    console.forEach(root::detachAppender);
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.TRACE);
  }

  @AfterEach
  void restore() {
    root.setLevel(level);
    root.detachAppender(captured);
    console.forEach(root::addAppender);
  }

  @Test
  void notesAndRatingsAreNeverLogged() {
    Harness cli = new Harness(directory).withBetrayal();
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "7",
            "--trust",
            "3",
            "--closeness",
            "9",
            "--hope",
            "1",
            "--note",
            NOTE));
    cli.advanceDays(1);
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "7",
            "--trust",
            "3",
            "--closeness",
            "9",
            "--hope",
            "1",
            "--note",
            NOTE,
            "--private"));
    Harness.expectOk(cli.as("Alex", "status"));
    Harness.expectOk(cli.as("Sam", "export", "--output", directory.resolve("x.json").toString()));

    assertThat(captured.list)
        .as("the capture works: the master key's creation is logged")
        .isNotEmpty();
    assertThat(captured.list)
        .allSatisfy(
            event ->
                assertThat(event.getFormattedMessage() + event.getThrowableProxy())
                    .doesNotContain(NOTE, "safety 7", "trust 3"));
  }

  @Test
  void theShippedConfigurationIsQuiet() {
    assertThat(getClass().getResource("/logback.xml"))
        .as("logging is set up in code: no XML file is parsed at start")
        .isNull();
    assertThat(new Harness(directory).raw("--version").err()).isEmpty();
  }

  @Test
  void theCommandsLoggingIsSetUpByQuietLogging() {
    assertThat(level).isEqualTo(Level.WARN);
    assertThat(console).singleElement().satisfies(a -> assertThat(a.getName()).isEqualTo("STDERR"));
  }

  @Test
  void aWarningReachesTheErrorStreamInTheShippedFormatAndInfoDoesNot() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      new QuietLogging().configure(context);
      Logger logger = context.getLogger("org.recovery.persistence.FileKeyProvider");
      logger.info("made a master key");
      logger.warn("the master key file is readable by others");
      logger.debug("details");
    } finally {
      System.setErr(err);
      context.stop();
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "WARN o.r.p.FileKeyProvider: the master key file is readable by others"
                + System.lineSeparator());
  }

  @Test
  void aConfigurationFileOfOnesOwnStillWins() {
    LoggerContext context = new LoggerContext();
    System.setProperty(QuietLogging.CONFIGURATION_FILE, "mine.xml");
    try {
      assertThat(new QuietLogging().configure(context))
          .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext())
          .isFalse();
    } finally {
      System.clearProperty(QuietLogging.CONFIGURATION_FILE);
      context.stop();
    }
  }
}
