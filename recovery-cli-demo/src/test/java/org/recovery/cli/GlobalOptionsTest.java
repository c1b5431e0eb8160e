package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalOptionsTest {
  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory);
  }

  @Test
  void aWrongPassphraseIsRefusedWithExitOne() {
    cli.started();
    cli.environment.put(Passphrases.VARIABLE, "alex-secret-2");
    Harness.Run run = cli.raw("status", "--db", cli.database.toString(), "--as", "Sam");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("That is not Sam's passphrase.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void withoutATerminalOrTheVariableThePassphraseCannotBeHad() {
    cli.started();
    Harness.Run run = cli.raw("status", "--db", cli.database.toString(), "--as", "Sam");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("needs Sam's passphrase", "RECOVERY_PASSPHRASE");
  }

  @Test
  void onATerminalThePassphraseIsAsked() {
    cli.started();
    cli.terminal = true;
    cli.typed.add("sam-secret-1");
    Harness.Run run = cli.raw("status", "--db", cli.database.toString(), "--as", "sam");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("report for Sam");
  }

  @Test
  void actingNeedsAKnownPartner() {
    cli.started();
    Harness.Run missing = cli.raw("status", "--db", cli.database.toString());
    Harness.Run unknown = cli.as("Robin", "status");

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--as NAME (Sam or Alex)", "See `recovery status --help`.");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no partner called 'Robin'");
  }

  @Test
  void aMissingDatabaseIsNotCreatedByReading() {
    Harness.Run run = cli.as("Sam", "status");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("There is no journey in");
    assertThat(cli.database).doesNotExist();
  }

  @Test
  void withoutDbTheDataDirectoryIsUsed() {
    cli.environment.put(Passphrases.VARIABLE, "sam-secret-1");
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "alex-secret-2");
    Harness.Run run = cli.raw("start", "--as", "Sam", "--partner", "Alex");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(directory.resolve("data/recovery/recovery.db")).exists();
    assertThat(directory.resolve("data/recovery/recovery.db.master-key")).exists();
  }

  @Test
  void journeyIdSelectsOneOfSeveral() {
    cli.started();
    String first = cli.as("Sam", "journey", "show").out().substring(8, 16);
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "robin-secret");
    cli.environment.put(Passphrases.VARIABLE, "kim-secret-3");
    Harness.expectOk(
        cli.raw(
            "start",
            "--db",
            cli.database.toString(),
            "--as",
            "Kim",
            "--partner",
            "Robin",
            "--another"));

    Harness.Run run = cli.as("Sam", "status", "--journey", first);
    Harness.Run wrong = cli.as("Sam", "status", "--journey", "ffffffff");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("No journey");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version"})
  void helpAndVersionExitZero(String option) {
    Harness.Run run = cli.raw(option);

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsAnyOf("Usage: recovery", "recovery ");
  }

  @Test
  void everySubcommandHasHelp() {
    for (var sub : Cli.commandLine(context()).getSubcommands().entrySet()) {
      Harness.Run run = cli.raw(sub.getKey(), "--help");
      assertThat(run.code()).as(sub.getKey()).isZero();
      assertThat(run.out()).as(sub.getKey()).contains("Usage: recovery " + sub.getKey());
      for (String nested : sub.getValue().getSubcommands().keySet()) {
        Harness.Run inner = cli.raw(sub.getKey(), nested, "--help");
        assertThat(inner.code()).as(sub.getKey() + " " + nested).isZero();
        assertThat(inner.out()).contains("Usage: recovery " + sub.getKey() + " " + nested);
      }
    }
  }

  @Test
  void badUsageIsTheProblemInOneLineAndWhereTheHelpIsWithoutTheWholeUsage() {
    cli.started();
    Harness.Run parsing = cli.raw("checkin", "--safety", "eleven");
    Harness.Run checked = cli.raw("status", "--db", cli.database.toString());

    assertThat(parsing.code()).isEqualTo(2);
    assertThat(parsing.err().lines())
        .containsExactly(
            "Invalid value for option '--safety': 'eleven' is not an int",
            "See `recovery checkin --help`.");
    assertThat(checked.code()).isEqualTo(2);
    assertThat(checked.err().lines()).hasSize(2).last().isEqualTo("See `recovery status --help`.");
    assertThat(checked.err()).doesNotContain("Usage:", "--verbose");
  }

  @Test
  void noCommandIsBadUsage() {
    Harness.Run run = cli.raw();

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("a command is missing", "See `recovery --help`.");
  }

  @Test
  void aGroupWithoutItsSubcommandIsBadUsage() {
    Harness.Run run = cli.raw("commitment");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("a subcommand is missing", "See `recovery commitment --help`.");
  }

  @Test
  void anUnknownCommandIsBadUsageWithoutAStackTrace() {
    Harness.Run run = cli.raw("chekin");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument").doesNotContain("\tat ");
  }

  private CliContext context() {
    return new CliContext(
        new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()),
        java.util.Map.of(),
        cli.clock,
        Harness.ZONE,
        java.util.Optional.empty(),
        directory,
        directory,
        1_000,
        true);
  }
}
