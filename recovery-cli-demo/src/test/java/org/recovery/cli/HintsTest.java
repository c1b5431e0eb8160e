package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command line the output suggests repeats the options in use, so following it reaches the
 * same database, journey and page size.
 */
class HintsTest {
  @TempDir Path directory;

  @Test
  void afterStartTheHintsNameTheDatabase() {
    Harness cli = new Harness(directory);
    cli.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.Run run = cli.as("Sam", "start", "--partner", "Alex");

    assertThat(run.out())
        .contains(
            "`recovery betrayal record --as NAME --db " + cli.database + " ...`",
            "`recovery checkin --as NAME --db " + cli.database + " ...`");
  }

  @Test
  void afterImportTheHintNamesTheDatabaseAndWithAnotherTheJourney() {
    Harness first = new Harness(directory.resolve("first")).withBetrayal();
    Path file = directory.resolve("journey.json");
    first.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.expectOk(first.as("Sam", "export", "--complete", "--output", file.toString()));
    Harness second = new Harness(directory.resolve("second")).started();
    second.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));

    Harness.Run without = second.as("Sam", "import", file.toString());
    Harness.Run with = second.as("Sam", "import", file.toString(), "--another");

    assertThat(without.code()).isEqualTo(1);
    assertThat(without.err()).contains("--another");
    assertThat(with.code()).as(with.toString()).isZero();
    assertThat(with.out())
        .containsPattern(
            "Continue with `recovery status --as Sam --db "
                + java.util.regex.Pattern.quote(second.database.toString())
                + " --journey [0-9a-f-]{36}`\\.");
  }

  @Test
  void theTimelineHintKeepsThePageSize() {
    Harness cli = new Harness(directory).withBetrayal();
    for (int i = 0; i < 3; i++) {
      Harness.expectOk(cli.as("Sam", "journal", "Entry " + i));
    }

    Harness.Run run = cli.as("Sam", "timeline", "--page-size", "2");

    assertThat(run.out())
        .contains(
            "older: recovery timeline --page 2 --page-size 2 --as Sam" + " --db " + cli.database);
  }

  @Test
  void aPathWithSpacesIsQuotedForTheShell() {
    assertThat(Hints.quoted("/tmp/my journeys/it's.db"))
        .isEqualTo("'/tmp/my journeys/it'\\''s.db'");
    assertThat(Hints.quoted("/tmp/plain-name_1.db")).isEqualTo("/tmp/plain-name_1.db");
  }

  @Test
  void aMissingImportFileIsNamedInWords() {
    Harness cli = new Harness(directory);
    Path missing = directory.resolve("no-such-export.json");

    Harness.Run run = cli.as("Sam", "import", missing.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err())
        .contains("No such file: " + missing + ". Nothing was written.")
        .doesNotContain("Exception");
  }
}
