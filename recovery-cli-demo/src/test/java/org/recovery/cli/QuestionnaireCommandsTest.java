package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Listing and taking questionnaires, from arguments and on a terminal, and what is refused. */
class QuestionnaireCommandsTest extends CliTestCase {

  @Test
  void theListDescribesEveryShippedQuestionnaireWithoutAPartner() {
    Harness.Run run = cli.raw("questionnaire", "list", "--db", cli.database.toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "3 questionnaires: 3 shipped, none of your own",
            "csi-4 · Couples Satisfaction Index (CSI-4)",
            "version 1 · shipped · 4 items, answers 0–6 or 0–5\n  total 0–21, higher is better\n",
            "cut-off below 13.5: notable relationship dissatisfaction",
            "wording: not included; read the items from your own copy of the questionnaire",
            "rdas · Revised Dyadic Adjustment Scale (RDAS)",
            "cut-off below 47.31",
            "subscales: Consensus 0–30, Satisfaction 0–20, Cohesion 0–19",
            "trim-18 · Transgression-Related Interpersonal Motivations Inventory (TRIM-18)",
            "18 items, answers 1–5\n  no total score\n")
        .doesNotContain("scheduled");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void withAPartnerTheListSaysWhenTheScheduledQuestionnaireIsDue() {
    String unworded = cli.as("Sam", "questionnaire", "list").out();
    assertThat(unworded)
        .as("nobody is asked to answer items they cannot read")
        .doesNotContain("scheduled every");
    cli.withWordedCsi4();
    String before = cli.as("Sam", "questionnaire", "list").out();
    Harness.expectOk(cli.as("Sam", "questionnaire", "take", "csi-4", "4", "3", "3", "4"));
    String after = cli.as("Sam", "questionnaire", "list").out();

    assertThat(before)
        .contains("scheduled every 28 days · due today — recovery questionnaire" + " take csi-4");
    assertThat(after)
        .contains(
            "scheduled every 28 days · you last took it on 2025-03-10 ·" + " next due 2025-04-07");
  }

  @Test
  void takingWithValuesInItemOrderRecordsAndScoresIt() {
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "csi-4", "4", "3", "3", "4");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "✓ Sam completed the questionnaire csi-4",
            "Total 14 of 0–21, at or above the cut-off 13.5.",
            "This is your first completion: your baseline.");
  }

  @Test
  void takingWithItemValuePairsInAnyOrderRecordsTheSame() {
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "CSI-4", "4=4", "2=3", "1=2", "3=3");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Total 12 of 0–21, below the cut-off 13.5 (notable"
                + " relationship dissatisfaction).");
  }

  @Test
  void aLaterCompletionIsComparedWithTheBaseline() {
    Harness.expectOk(cli.as("Sam", "questionnaire", "take", "csi-4", "2", "2", "2", "2"));
    cli.advanceDays(28);
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "csi-4", "5", "4", "4", "4");

    assertThat(run.out())
        .contains(
            "Total 17 of 0–21, at or above the cut-off 13.5.",
            "Since your baseline on 2025-03-10: 8 → 17 (+9), improved; no reliable-change");
    assertThat(run.out().replace("\n", " "))
        .contains("no reliable-change index is published" + " for CSI-4, so it is not judged.");
  }

  @Test
  void theRdasChangeIsJudgedReliableAndClinicallySignificant() {
    Harness.expectOk(
        cli.as(
            "Sam",
            "questionnaire",
            "take",
            "rdas",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2",
            "2"));
    cli.advanceDays(28);
    Harness.Run run =
        cli.as(
            "Sam",
            "questionnaire",
            "take",
            "rdas",
            "4",
            "4",
            "4",
            "4",
            "4",
            "4",
            "4",
            "4",
            "4",
            "4",
            "3",
            "4",
            "4",
            "4");

    assertThat(run.out())
        .contains(
            "Total 55 of 0–69, at or above the cut-off 47.31.",
            "Subscales: Consensus 24 · Satisfaction 16 · Cohesion 15.");
    assertThat(run.out().replace("\n", " "))
        .contains(
            "28 → 55 (+27), improved; a reliable"
                + " change (at least 11.58 points) and clinically significant: it crossed the cut-off.");
  }

  @Test
  void onATerminalEachItemIsAskedAndAnAnswerOffTheScaleIsAskedAgain() {
    cli.terminal = true;
    cli.typed.addAll(List.of("7", "four", "4", "3", "3", "4"));
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "csi-4");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Couples Satisfaction Index (CSI-4), 4 items.",
            "read each item from your own copy",
            "Item 1 (1 of 4), answers 0–6",
            "  Read item 1 from your own copy of the questionnaire.",
            "Item 4 (4 of 4), answers 0–5",
            "  Item 1 takes a whole number from 0 to 6. Please answer again.",
            "Total 14 of 0–21");
    assertThat(cli.prompts)
        .containsExactly(
            "Answer to item 1 (0–6): ",
            "Answer to item 1 (0–6): ",
            "Answer to item 1 (0–6): ",
            "Answer to item 2 (0–5): ",
            "Answer to item 3 (0–5): ",
            "Answer to item 4 (0–5): ");
  }

  @Test
  void whenTheTerminalInputEndsNothingIsRecorded() {
    cli.terminal = true;
    cli.typed.addAll(List.of("4", "3"));
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "csi-4");
    cli.terminal = false;

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("No answer was given to item 3", "Nothing was recorded.");
    assertThat(cli.as("Sam", "questionnaire", "history", "csi-4").out())
        .contains("No completion of CSI-4 that you may see yet.");
  }

  @Test
  void withoutAnswersAndWithoutATerminalItIsBadUsage() {
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "csi-4");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "Give the answers to Couples Satisfaction Index (CSI-4)",
            "run this on a terminal",
            "See `recovery questionnaire take --help`.");
  }

  static Stream<Arguments> wrongAnswers() {
    String csi = "Item %s of Couples Satisfaction Index (CSI-4) ";
    return Stream.of(
        Arguments.of("4 3 3", "has 4 items (1, 2, 3, 4); 3 answers were given"),
        Arguments.of("4 3 3 4 4", "has 4 items (1, 2, 3, 4); 5 answers were given"),
        Arguments.of(
            "4 3 3 9", csi.formatted(4) + "takes a whole number from 0 to 5; '9' is" + " not one"),
        Arguments.of(
            "7 3 3 4", csi.formatted(1) + "takes a whole number from 0 to 6; '7' is" + " not one"),
        Arguments.of(
            "4 three 3 4",
            csi.formatted(2) + "takes a whole number from 0 to 5;" + " 'three' is not one"),
        Arguments.of(
            "4 -1 3 4",
            csi.formatted(2) + "takes a whole number from 0 to 5; '-1' is" + " not one"),
        Arguments.of("1=4 2=3 3=3 9=1", "has no item \"9\"; its items are 1, 2, 3, 4"),
        Arguments.of(
            "1=4 2=3 3=3",
            csi.formatted(4)
                + "has no answer; every item needs one. It"
                + " takes a whole number from 0 to 5."),
        Arguments.of("1=4 1=3 3=3 4=4", csi.formatted(1) + "is answered twice"),
        Arguments.of("1=4 3 3 4", "not a mix"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongAnswers")
  void wrongAnswersAreBadUsageNamingTheItemAndNothingIsRecorded(String answers, String message) {
    Map<String, byte[]> before = cli.files();
    String[] args = ("questionnaire take csi-4 " + answers.strip()).split(" +");
    Harness.Run run = cli.as("Sam", args);

    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(message, "See `recovery questionnaire take --help`.");
    assertThat(run.out()).isEmpty();
    assertThat(cli.files().get("recovery.db")).isEqualTo(before.get("recovery.db"));
    assertThat(cli.as("Sam", "questionnaire", "history", "csi-4").out())
        .contains("No completion of CSI-4 that you may see yet.");
  }

  @Test
  void anUnknownQuestionnaireIsBadUsageNamingTheKnownOnes() {
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "phq-9", "1", "2");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("There is no questionnaire 'phq-9'. Known are csi-4, rdas," + " trim-18");
  }

  @Test
  void aWrongPassphraseRecordsNothing() {
    cli.environment.put(Passphrases.VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.Run run =
        cli.raw(
            "questionnaire",
            "take",
            "csi-4",
            "4",
            "3",
            "3",
            "4",
            "--db",
            cli.database.toString(),
            "--as",
            "Sam");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("That is not Sam's passphrase.");
    assertThat(cli.as("Sam", "questionnaire", "history", "csi-4").out())
        .contains("No completion of CSI-4");
  }

  @Test
  void theTimelineSaysAQuestionnaireWasCompletedButNotTheAnswers() {
    Harness.expectOk(
        cli.as("Sam", "questionnaire", "take", "csi-4", "--share", "6", "5", "5", "5"));

    assertThat(cli.as("Alex", "timeline").out())
        .contains("Sam completed the questionnaire" + " csi-4")
        .doesNotContain("Total");
  }
}
