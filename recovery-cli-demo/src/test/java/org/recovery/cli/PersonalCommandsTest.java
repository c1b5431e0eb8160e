package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalCommandsTest extends CliTestCase {

  @Test
  void consentIsPrivateAndTheLowerLevelRules() {
    Harness.Run sam = cli.as("Sam", "consent", "affectionate-gestures");
    Harness.Run alex = cli.as("Alex", "consent", "physical-intimacy");
    Harness.Run same = cli.as("Alex", "consent", "physical_intimacy");

    assertThat(sam.out())
        .contains(
            "Sam declared a consent level: affectionate gestures (private)",
            "effective level for you both is now not ready for intimacy yet");
    assertThat(alex.out()).contains("effective level for you both is now affectionate gestures");
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.err()).contains("Your consent level is already physical intimacy.");
    assertThat(cli.as("Alex", "timeline").out()).doesNotContain("Sam declared consent");
    assertThat(cli.as("Alex", "consent", "everything").code()).isEqualTo(2);
  }

  @Test
  void theSafetyScreeningIsPrivateAndAFlagOffersSupport() {
    Harness.Run run = cli.as("Sam", "safety-screening", "--afraid");

    assertThat(run.out())
        .contains(
            "Sam completed the safety screening: it raises a safety" + " concern (private)",
            "Alex cannot see this screening",
            "support");
    assertThat(cli.as("Alex", "timeline").out()).doesNotContain("screening");
    Harness.Run monitoring =
        cli.as(
            "Alex",
            "commitment",
            "propose",
            "--title",
            "Share location",
            "--cadence",
            "continuous",
            "--category",
            "monitoring");
    assertThat(monitoring.code()).isEqualTo(1);
    assertThat(monitoring.err())
        .contains("Your journey is on hold for now.", "Commitments that monitor a partner wait")
        .doesNotContain("afraid", "screening", "concern");
    assertThat(cli.as("Alex", "status").out())
        .contains("Your journey is on hold for now.")
        .doesNotContain("concern");
    assertThat(cli.as("Sam", "status").out()).contains("your safety screening shows a concern");
    assertThat(cli.as("Sam", "safety-screening", "--unknown").code()).isEqualTo(2);
  }

  @Test
  void therapySessionsAreSharedOrPrivateByKind() {
    Harness.Run couples = cli.as("Sam", "therapy", "--kind", "couples");
    Harness.Run individual = cli.as("Alex", "therapy", "--kind", "individual");
    Harness.Run both = cli.as("Alex", "therapy", "--kind", "individual", "--private", "--shared");
    Harness.Run early = cli.as("Alex", "therapy", "--kind", "couples", "--day", "2025-01-01");

    assertThat(couples.out())
        .contains("Sam had a couples therapy session on 2025-03-10")
        .doesNotContain("(private)");
    assertThat(individual.out()).contains("individual therapy session", "(private)");
    assertThat(both.code()).isEqualTo(2);
    assertThat(early.code()).isEqualTo(1);
    assertThat(early.err()).contains("must not be before the journey began (2025-03-10)");
  }

  @Test
  void aJournalEntryIsPrivate() {
    Harness.Run run = cli.as("Alex", "journal", "I keep thinking about it.");
    Harness.Run blank = cli.as("Alex", "journal", "   ");

    assertThat(run.out()).contains("Alex wrote in the journal for 2025-03-10", "(private)");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("journal text must not be blank");
    assertThat(cli.as("Sam", "timeline").out()).doesNotContain("keep thinking");
  }

  @Test
  void forgivenessIsRecordedByTheHurtPartnerOnly() {
    Harness.Run sam = cli.as("Sam", "forgiveness", "working-through-it");
    Harness.Run alex = cli.as("Alex", "forgiveness", "open-to-it");

    assertThat(sam.out())
        .contains(
            "Sam is at this step of forgiving: working through the hurt and anger" + " (private)");
    assertThat(alex.code()).isEqualTo(1);
    assertThat(alex.err()).contains("Forgiveness is recorded by a partner who was hurt");
    assertThat(cli.as("Sam", "forgiveness", "sometime").code()).isEqualTo(2);
  }

  @Test
  void dayCountersAreAPersonalChoice() {
    Harness.Run on = cli.as("Sam", "day-counters", "on");
    Harness.Run again = cli.as("Sam", "day-counters", "ON");
    Harness.Run maybe = cli.as("Sam", "day-counters", "maybe");

    assertThat(on.out()).contains("Sam chose to see day counters (private)");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("Day counters are already shown.");
    assertThat(maybe.code()).isEqualTo(2);
  }

  @Test
  void advancingNeedsTheGatesMetAndTheHurtPartner() {
    Harness.Run sam = cli.as("Sam", "advance");
    Harness.Run alex = cli.as("Alex", "advance");

    assertThat(sam.code()).isEqualTo(1);
    assertThat(sam.err()).startsWith("Not yet: ");
    assertThat(alex.code()).isEqualTo(1);
    assertThat(alex.err()).contains("The pace is set by the partner who was hurt");
    assertThat(cli.as("Sam", "advance", "now").code()).isEqualTo(2);
  }

  @Test
  void aPartnerChangesTheirPassphrase() {
    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "sam-new-secret");
    Harness.Run changed = cli.as("Sam", "passphrase");
    cli.environment.put(Passphrases.VARIABLE, "sam-new-secret");
    Harness.Run after = cli.raw("status", "--db", cli.database.toString(), "--as", "Sam");

    assertThat(changed.out()).contains("The passphrase of Sam is changed.");
    assertThat(after.code()).isZero();
    assertThat(cli.as("Sam", "status").code()).isEqualTo(1);
    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "short");
    assertThat(cli.as("Alex", "passphrase").code()).isEqualTo(2);
  }
}
