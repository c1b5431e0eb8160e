package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineCommandTest extends CliTestCase {
  @BeforeEach
  void setUp() {
    for (int day = 0; day < 3; day++) {
      Harness.expectOk(
          cli.as(
              "Sam",
              "checkin",
              "--safety",
              Integer.toString(3 + day),
              "--trust",
              "4",
              "--closeness",
              "4",
              "--hope",
              "5"));
      cli.advanceDays(1);
    }
  }

  @Test
  void theNewestEventComesFirst() {
    Harness.Run run = cli.as("Alex", "timeline");

    assertThat(run.code()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("2025-03-12")
        .contains("Sam checked in for 2025-03-12: safety 5");
    assertThat(run.out())
        .contains("Page 1 of 1 · 5 events")
        .containsSubsequence("2025-03-12", "2025-03-11", "2025-03-10", "started the journey");
  }

  @Test
  void theTimelineIsPaged() {
    Harness.Run first = cli.as("Sam", "timeline", "--page-size", "2");
    Harness.Run last = cli.as("Sam", "timeline", "--page-size", "2", "--page", "3");
    Harness.Run past = cli.as("Sam", "timeline", "--page-size", "2", "--page", "4");

    assertThat(first.out())
        .contains("Page 1 of 3", "older: recovery timeline --page 2")
        .doesNotContain("started the journey");
    assertThat(last.out()).contains("started the journey", "Page 3 of 3");
    assertThat(past.out()).contains("past the last page, 3");
  }

  @Test
  void aBadPageIsBadUsage() {
    Harness.Run zero = cli.as("Sam", "timeline", "--page", "0");
    Harness.Run huge = cli.as("Sam", "timeline", "--page-size", "100000");
    Harness.Run word = cli.as("Sam", "timeline", "--page", "two");

    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--page must be 1 or more", "See `recovery timeline --help`.");
    assertThat(huge.code()).isEqualTo(2);
    assertThat(word.code()).isEqualTo(2);
  }

  @Test
  void everyLineFitsEightyColumns() {
    Harness.expectOk(cli.as("Sam", "journal", "word ".repeat(60)));

    assertThat(cli.as("Sam", "timeline").out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }
}
