package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyCommandsTest {
  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).started();
  }

  @Test
  void decidingToTryIsRecordedOnce() {
    Harness.Run first = cli.as("Alex", "journey", "decide-to-try");
    Harness.Run second = cli.as("Alex", "journey", "decide-to-try");

    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("Alex decided to work on the relationship");
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.err()).contains("You have already recorded your decision to try.");
  }

  @Test
  void pausingAndResumingFollowTheRules() {
    assertThat(cli.as("Sam", "journey", "resume").err()).contains("The journey is not paused.");

    Harness.Run pause = cli.as("Sam", "journey", "pause");
    Harness.Run again = cli.as("Alex", "journey", "pause", "--from", "today");
    Harness.Run resume = cli.as("Alex", "journey", "resume");

    assertThat(pause.out()).contains("paused the journey from 2025-03-10");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("already paused");
    assertThat(resume.out()).contains("Alex resumed the journey on 2025-03-10");
  }

  @Test
  void aPauseInThePastIsRefused() {
    cli.advanceDays(3);
    Harness.Run run = cli.as("Sam", "journey", "pause", "--from", "2025-03-11");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("must be today (2025-03-13) or later");
  }

  @Test
  void anEndedJourneyCanBeReadButNotChanged() {
    Harness.Run end = cli.as("Sam", "journey", "end", "--outcome", "separated");
    Harness.Run after = cli.as("Alex", "journey", "decide-to-try");

    assertThat(end.out()).contains("Sam ended the journey: separated");
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.err()).contains("This journey has ended");
    assertThat(cli.as("Alex", "journey", "show").out()).contains("ended: separated");
  }

  @Test
  void endingNeedsAKnownOutcome() {
    Harness.Run run = cli.as("Sam", "journey", "end", "--outcome", "divorce");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "'divorce' is not one of reconciled, separated, stopped",
            "See `recovery journey end --help`.");
  }

  @Test
  void aBadDayIsBadUsage() {
    Harness.Run run = cli.as("Sam", "journey", "pause", "--from", "someday");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("'someday' is not a day", "See `recovery journey pause --help`.");
  }
}
