package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BetrayalCommandsTest {
  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).started();
  }

  @Test
  void recordingNamesWhoWasHurtAndWhoWasInvolved() {
    Harness.Run run =
        cli.as(
            "Sam",
            "betrayal",
            "record",
            "--kind",
            "financial-deception",
            "--involved",
            "alex",
            "--disclosed",
            "--on",
            "2025-03-01");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "financial deception by Alex, which hurt Sam; told by the involved partner on"
                + " 2025-03-01");
    assertThat(cli.as("Alex", "betrayal", "list").out()).contains("financial deception by Alex");
  }

  @Test
  void onlyTheInvolvedPartnerTakesResponsibility() {
    Harness.expectOk(
        cli.as("Sam", "betrayal", "record", "--kind", "sexual-affair", "--hurt", "Sam"));

    Harness.Run bySam = cli.as("Sam", "betrayal", "acknowledge");
    Harness.Run byAlex = cli.as("Alex", "betrayal", "acknowledge", "--statement", "I lied to you.");

    assertThat(bySam.code()).isEqualTo(1);
    assertThat(bySam.err()).contains("Only Alex, who was involved, can take responsibility.");
    assertThat(byAlex.out()).contains("took responsibility", "\"I lied to you.\"");
  }

  @Test
  void onlyTheHurtPartnerSaysWhetherTheyFeelHeard() {
    Harness.expectOk(
        cli.as("Sam", "betrayal", "record", "--kind", "emotional-affair", "--hurt", "Sam"));

    Harness.Run byAlex = cli.as("Alex", "betrayal", "heard", "--level", "heard");
    Harness.Run bySam = cli.as("Sam", "betrayal", "heard", "--level", "partly");

    assertThat(byAlex.code()).isEqualTo(1);
    assertThat(byAlex.err()).contains("Only Sam, who was hurt, can say whether they feel heard.");
    assertThat(bySam.out()).contains("Sam said how heard they feel about betrayal", "partly heard");
  }

  @Test
  void anUnknownKindIsBadUsage() {
    Harness.Run run = cli.as("Sam", "betrayal", "record", "--kind", "affair", "--hurt", "Sam");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "'affair' is not one of sexual-affair, emotional-affair",
            "See `recovery betrayal record --help`.");
  }

  @Test
  void withoutABetrayalThereIsNothingToAcknowledge() {
    Harness.Run run = cli.as("Alex", "betrayal", "acknowledge");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("No betrayal is recorded yet");
  }

  @Test
  void aBetrayalIsRecordedWithARole() {
    Harness.Run run = cli.as("Sam", "betrayal", "record", "--kind", "other-deception");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Say who was hurt");
  }
}
