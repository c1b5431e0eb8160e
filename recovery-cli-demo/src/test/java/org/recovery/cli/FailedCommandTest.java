package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command that fails on a file that is not a Recovery database creates no file and says what is
 * wrong in words; the Java class stays in the --verbose stack trace.
 */
class FailedCommandTest {
  @TempDir Path directory;

  private Harness cli;
  private Path notes;

  @BeforeEach
  void setUp() throws Exception {
    cli = new Harness(directory);
    notes = directory.resolve("notes.txt");
    Files.writeString(notes, "my own notes, not a database\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"status", "timeline", "start"})
  void aCommandOnATextFileCreatesNothingAndSaysWhy(String command) throws Exception {
    Map<String, byte[]> before = cli.files();
    cli.environment.put(Passphrases.VARIABLE, "sam-secret-1");
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "alex-secret-2");
    Harness.Run run =
        command.equals("start")
            ? cli.raw(
                "start",
                "--db",
                notes.toString(),
                "--as",
                "Sam",
                "--partner",
                "Alex",
                "--zone",
                "Europe/Berlin")
            : cli.raw(command, "--db", notes.toString(), "--as", "Sam");
    assertThat(run.code()).as(run.toString()).isEqualTo(3);
    assertThat(run.err())
        .contains(notes + " is not a Recovery database")
        .doesNotContain("Exception")
        .doesNotContain("org.")
        .doesNotContain("SQLITE_");
    assertThat(cli.files()).as("no file made or changed").containsOnlyKeys(before.keySet());
    assertThat(Files.readString(notes)).isEqualTo("my own notes, not a database\n");
  }

  @Test
  void aDamagedSqliteFileIsNamedInWordsAndLeavesNoKeyBehind() throws Exception {
    Path damaged = directory.resolve("damaged.db");
    byte[] bytes = new byte[8192];
    byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    for (int i = header.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(damaged, bytes);
    cli.environment.put(Passphrases.VARIABLE, "sam-secret-1");
    Harness.Run run = cli.raw("status", "--db", damaged.toString(), "--as", "Sam");
    assertThat(run.code()).as(run.toString()).isEqualTo(3);
    assertThat(run.err())
        .contains(damaged.toString())
        .doesNotContain("Exception")
        .doesNotContain("org.sqlite")
        .doesNotContain("SQLITE_");
    assertThat(cli.files()).containsOnlyKeys("notes.txt", "damaged.db");
    Harness.Run verbose = cli.raw("status", "--db", damaged.toString(), "--as", "Sam", "--verbose");
    assertThat(verbose.err()).as("--verbose keeps the class").contains("Exception");
  }

  @Test
  void importingAMissingFileSaysThereIsNoSuchFile() {
    Path missing = directory.resolve("missing.json");
    cli.environment.put(Passphrases.VARIABLE, "sam-secret-1");
    Harness.Run run =
        cli.raw(
            "import",
            missing.toString(),
            "--db",
            directory.resolve("new.db").toString(),
            "--as",
            "Sam");
    assertThat(run.code()).as(run.toString()).isEqualTo(3);
    assertThat(run.err())
        .containsIgnoringCase("no such file: " + missing)
        .doesNotContain("NoSuchFileException");
    assertThat(cli.files()).containsOnlyKeys("notes.txt");
  }
}
