package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartCommandTest {
  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory);
  }

  @Test
  void startingCreatesTheJourneyAndBothPassphrases() {
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "alex-secret-2");
    Harness.Run run = cli.as("Sam", "start", "--partner", "Alex", "--zone", "Europe/Berlin");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Started journey", "Sam and Alex", "Europe/Berlin");
    DataFiles files = DataFiles.of(cli.database);
    assertThat(files.credentials()).exists();
    assertThat(files.masterKey()).exists();
    assertThat(cli.as("Alex", "journey", "show").out()).contains("Alex (you)", "Sam");
  }

  @Test
  void aSecondJourneyInTheSameDatabaseIsRefusedUnlessAskedFor() {
    cli.started();
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "robin-secret");
    Harness.Run again = cli.as("Sam", "start", "--partner", "Robin");

    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("This database already holds a journey");

    cli.environment.put(Passphrases.VARIABLE, "sam-other-secret");
    Harness.Run another =
        cli.raw(
            "start",
            "--db",
            cli.database.toString(),
            "--as",
            "Kim",
            "--partner",
            "Robin",
            "--another");
    assertThat(another.code()).as(another.toString()).isZero();
    Harness.Run ambiguous = cli.as("Sam", "status");
    assertThat(ambiguous.code()).isEqualTo(2);
    assertThat(ambiguous.err()).contains("holds 2 journeys", "--journey");
  }

  @Test
  void partnersNeedDifferentNames() {
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "alex-secret-2");
    Harness.Run run = cli.as("Sam", "start", "--partner", "SAM");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("different names", "See `recovery start --help`.");
    assertThat(cli.database).doesNotExist();
  }

  @Test
  void theOtherPartnersPassphraseIsNeeded() {
    Harness.Run run = cli.as("Sam", "start", "--partner", "Alex");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Choose a passphrase for Alex", "RECOVERY_PARTNER_PASSPHRASE");
  }

  @Test
  void aShortPassphraseIsRefusedAsBadUsage() {
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "short");
    Harness.Run run = cli.as("Sam", "start", "--partner", "Alex");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("A passphrase needs at least 10 characters.");
  }

  @Test
  void onATerminalEachPassphraseIsTypedTwice() {
    cli.terminal = true;
    cli.typed.addAll(
        java.util.List.of("sam-typed-1", "sam-typed-1", "alex-typed-2", "alex-typed-2"));
    Harness.Run run =
        cli.raw("start", "--db", cli.database.toString(), "--as", "Sam", "--partner", "Alex");
    assertThat(run.code()).as(run.toString()).isZero();

    cli.typed.add("alex-typed-2");
    assertThat(cli.raw("status", "--db", cli.database.toString(), "--as", "Alex").code()).isZero();
  }

  @Test
  void onATerminalATooShortOrMistypedPassphraseIsAskedForAgain() {
    cli.terminal = true;
    cli.typed.addAll(
        java.util.List.of(
            "short",
            "sam-typed-1",
            "sam-typed-X",
            "sam-typed-1",
            "sam-typed-1",
            "alex-typed-2",
            "alex-typed-2"));
    Harness.Run run =
        cli.raw("start", "--db", cli.database.toString(), "--as", "Sam", "--partner", "Alex");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains(
            "A passphrase needs at least 10 characters. Please try again.",
            "The two passphrases differ. Please try again.")
        .doesNotContain("See `");
    assertThat(cli.prompts).filteredOn(p -> p.startsWith("Choose a passphrase for Sam")).hasSize(3);
  }

  @Test
  void afterThreeMistypedPassphrasesItGivesUpAndChangesNothing() {
    cli.terminal = true;
    for (int i = 0; i < Passphrases.TRIES; i++) {
      cli.typed.addAll(java.util.List.of("sam-typed-1", "sam-typed-X"));
    }
    cli.typed.add("sam-typed-1");
    Harness.Run run =
        cli.raw("start", "--db", cli.database.toString(), "--as", "Sam", "--partner", "Alex");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "The two passphrases differ. No passphrase was chosen for"
                + " Sam after 3 tries; nothing was changed.",
            "See `recovery start --help`.");
    assertThat(cli.typed).containsExactly("sam-typed-1");
    assertThat(DataFiles.of(cli.database).credentials()).doesNotExist();
  }

  @Test
  void anUnknownZoneIsBadUsage() {
    Harness.Run run = cli.as("Sam", "start", "--partner", "Alex", "--zone", "Mars/Olympus");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("not a time zone", "See `recovery start --help`.");
    assertThat(Files.exists(cli.database)).isFalse();
  }
}
