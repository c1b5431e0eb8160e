package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run builds only the subcommand it names, and the whole tree whenever it cannot be sure which
 * that is; a subcommand built alone parses and helps exactly as it does in the whole tree.
 */
class SubcommandsTest {
  @TempDir Path directory;

  @Test
  void aNamedSubcommandAfterTheRootsOwnOptionsIsBuiltAlone() {
    assertThat(Subcommands.neededFor("status", "--as", "Sam")).containsExactly(StatusCommand.class);
    assertThat(
            Subcommands.neededFor("--db", "x.db", "--as", "status", "report", "--format", "json"))
        .as("an option's value that happens to be a command's name is skipped")
        .containsExactly(ReportCommand.class);
    assertThat(Subcommands.neededFor("--db=x.db", "-v", "--journey", "ab12", "checkin"))
        .containsExactly(CheckInCommand.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--help", "--version", "-h status", "--bogus status", "statsu"})
  void anythingElseBuildsTheWholeTree(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");

    assertThat(Subcommands.neededFor(args)).isEqualTo(Subcommands.ALL);
  }

  @Test
  void everySubcommandBuiltAloneHelpsAsInTheWholeTree() {
    CommandLine whole = Cli.commandLine(context());
    assertThat(whole.getSubcommands()).hasSize(Subcommands.ALL.size());

    for (Map.Entry<String, CommandLine> sub : whole.getSubcommands().entrySet()) {
      CommandLine alone = Cli.commandLine(context(), Subcommands.neededFor(sub.getKey(), "--help"));

      assertThat(alone.getSubcommands()).containsOnlyKeys(sub.getKey());
      assertThat(alone.getSubcommands().get(sub.getKey()).getUsageMessage())
          .as(sub.getKey())
          .isEqualTo(sub.getValue().getUsageMessage());
    }
  }

  private CliContext context() {
    return new CliContext(
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        Map.of(),
        java.time.Clock.systemUTC(),
        Harness.ZONE,
        Optional.empty(),
        directory,
        directory,
        1_000,
        true);
  }
}
