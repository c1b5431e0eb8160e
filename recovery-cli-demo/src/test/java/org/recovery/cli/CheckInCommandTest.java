package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInCommandTest extends CliTestCase {

  @Test
  void aCheckInRecordsTheRatingsAndWhatHappened() {
    Harness.Run run =
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "3",
            "--trust",
            "2",
            "--closeness",
            "4",
            "--hope",
            "6",
            "--vulnerable",
            "--triggered",
            "--outbursts",
            "1",
            "--note",
            "Hard evening.",
            "--share-note");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Sam checked in for 2025-03-10: safety 3, trust 2, closeness"
                + " 4, hope 6; shared something vulnerable; was triggered; 1 reactive outburst — \"Hard"
                + " evening.\"");
  }

  @Test
  void onceADay() {
    Harness.expectOk(
        cli.as(
            "Alex", "checkin", "--safety", "5", "--trust", "5", "--closeness", "5", "--hope", "5"));
    Harness.Run again =
        cli.as(
            "Alex",
            "checkin",
            "--safety",
            "6",
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5",
            "--day",
            "today");

    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("You have already checked in for 2025-03-10.");
  }

  @Test
  void notForADayToCome() {
    Harness.Run run =
        cli.as(
            "Alex",
            "checkin",
            "--safety",
            "5",
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5",
            "--day",
            "2025-03-11");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("must be today (2025-03-10) or earlier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "11"})
  void ratingsOutsideZeroToTenAreBadUsage(String rating) {
    Harness.Run run =
        cli.as(
            "Alex",
            "checkin",
            "--safety",
            rating,
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "emotional safety rating must be between 0 and 10, was " + rating,
            "See `recovery checkin --help`.");
  }

  @Test
  void aMissingRatingIsBadUsage() {
    Harness.Run run = cli.as("Alex", "checkin", "--safety", "5", "--trust", "5");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required options", "--closeness", "--hope");
  }

  @Test
  void aCrisisCheckInIsWhollyPrivateAndShowsWhereToGetHelp() {
    Harness.Run run =
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "1",
            "--trust",
            "1",
            "--closeness",
            "1",
            "--hope",
            "1",
            "--note",
            "He shouted again",
            "--crisis");

    assertThat(run.out())
        .contains(
            "said on 2025-03-10 that they are not safe (private)",
            "This stays private to you",
            "emergency number");
    String alex = cli.as("Alex", "timeline").out();
    assertThat(alex).doesNotContain("not safe", "He shouted again", "Sam checked in");
    java.nio.file.Path exported = directory.resolve("alex-export.json");
    Harness.expectOk(cli.as("Alex", "export", "--output", exported.toString()));
    assertThat(exported).content().doesNotContain("He shouted again");
    assertThat(cli.as("Sam", "status").out()).contains("You said lately that you were not safe");
  }

  @Test
  void aCrisisCanBeSaidAtAnyMomentEvenAfterTheDaysCheckIn() {
    Harness.expectOk(
        cli.as(
            "Sam", "checkin", "--safety", "6", "--trust", "6", "--closeness", "6", "--hope", "6"));

    Harness.Run run = cli.as("Sam", "crisis");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("not safe", "emergency number");
    assertThat(cli.as("Alex", "timeline").out()).doesNotContain("not safe");
    assertThat(cli.as("Alex", "status").out()).doesNotContain("You said lately");
  }

  @Test
  void aPrivateCheckInStaysWithItsAuthor() {
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "2",
            "--trust",
            "7",
            "--closeness",
            "3",
            "--hope",
            "9",
            "--private-check-in"));

    assertThat(cli.as("Sam", "timeline").out()).contains("Sam checked in", "(private)");
    assertThat(cli.as("Alex", "timeline").out()).doesNotContain("checked in");
  }
}
