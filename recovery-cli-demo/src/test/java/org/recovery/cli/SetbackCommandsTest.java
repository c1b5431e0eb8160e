package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetbackCommandsTest extends CliTestCase {

  @Test
  void aSetbackAndItsRepair() {
    Harness.Run recorded =
        cli.as(
            "Sam",
            "setback",
            "record",
            "--kind",
            "conflict",
            "--severity",
            "moderate",
            "--description",
            "We shouted.");
    String id = Harness.idAfter("recorded setback ", recorded.out());
    Harness.Run repaired = cli.as("Alex", "setback", "repair", id, "--step", "acknowledged");
    Harness.Run twice = cli.as("Sam", "setback", "repair", id, "--step", "acknowledged");

    assertThat(recorded.out()).contains("moderate conflict on 2025-03-10 — \"We shouted.\"");
    assertThat(repaired.out())
        .contains("Alex took a repair step after setback " + id + ": acknowledged");
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err()).contains("This setback is already acknowledged.");
    assertThat(cli.as("Sam", "setback", "list").out())
        .contains(id, "moderate conflict", "repair: acknowledged");
  }

  @Test
  void aNewDeceptionIsAlwaysSevere() {
    Harness.Run run =
        cli.as("Sam", "setback", "record", "--kind", "new-deception", "--severity", "minor");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("A new deception is always severe");
  }

  @Test
  void aNewDeceptionOrRenewedContactNeedsNoSeverityAndIsRecordedAsSevere() {
    Harness.Run deception = cli.as("Sam", "setback", "record", "--kind", "new-deception");
    Harness.Run contact =
        cli.as("Sam", "setback", "record", "--kind", "renewed-contact", "--severity", "severe");

    assertThat(deception.code()).as(deception.toString()).isZero();
    assertThat(deception.out()).contains("severe new deception on 2025-03-10");
    assertThat(contact.code()).as(contact.toString()).isZero();
    assertThat(contact.out()).contains("severe renewed contact on 2025-03-10");
  }

  @Test
  void anyOtherSetbackNeedsItsSeverity() {
    Harness.Run run = cli.as("Sam", "setback", "record", "--kind", "conflict");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Say how severe the conflict was: --severity minor," + " moderate or severe.",
            "See `recovery setback record --help`.");
    assertThat(cli.as("Sam", "setback", "list").out()).doesNotContain("conflict");
  }

  @Test
  void anUnknownRepairStepIsBadUsage() {
    Harness.Run run = cli.as("Sam", "setback", "repair", "abcd", "--step", "forgotten");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'forgotten' is not one of acknowledged, talked-through");
  }
}
