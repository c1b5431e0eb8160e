package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path directory;

  @Test
  void theDemoShowsTheStatusAndHowToContinue() {
    DemoJourney demo = DemoJourney.write(directory, 1);
    String out = demo.output.out();

    assertThat(out)
        .contains(
            "Simulated 1 month of " + demo.hurt + " and " + demo.involved,
            "(seed 7, from 2025-01-06)",
            "report for " + demo.hurt,
            "Stage ",
            "Passphrases: ",
            "status --as " + demo.hurt);
    assertThat(demo.asHurt("status").code()).isZero();
    assertThat(demo.asInvolved("timeline").out()).contains("checked in");
  }

  @Test
  void theSameSeedAndStartGiveTheSameJourneyAndReport() {
    Harness.Run first = DemoJourney.write(directory.resolve("a"), 1).output;
    Harness.Run second = DemoJourney.write(directory.resolve("b"), 1).output;

    assertThat(withoutPaths(second.out(), "b")).isEqualTo(withoutPaths(first.out(), "a"));
  }

  @Test
  void withoutDbTheDemoFileIsReplacedOnEachRun() {
    Harness cli = new Harness(directory);
    Harness.Run first = cli.raw("demo", "--months", "1", "--start", "2025-01-06");
    Harness.Run second = cli.raw("demo", "--months", "1", "--start", "2025-01-06", "--seed", "8");

    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(second.code()).as(second.toString()).isZero();
    assertThat(second.out()).contains(directory.resolve("data/recovery/demo.db").toString());
    assertThat(directory.resolve("data/recovery/recovery.db")).doesNotExist();
  }

  @Test
  void theDemoNeverWritesIntoADatabaseWithAJourney() {
    Harness cli = new Harness(directory).started();
    Harness.Run run = cli.raw("demo", "--months", "1", "--db", cli.database.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("already holds a journey");
    assertThat(cli.as("Sam", "timeline").out()).contains("Page 1 of 1 · 1 event\n");
  }

  @Test
  void monthsOutOfRangeAreBadUsage() {
    Harness cli = new Harness(directory);
    Harness.Run none = cli.raw("demo", "--months", "0");
    Harness.Run many = cli.raw("demo", "--months", "37");

    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err())
        .contains("--months must be between 1 and 36, was 0", "See `recovery demo --help`.");
    assertThat(many.code()).isEqualTo(2);
    assertThat(directory.resolve("data")).doesNotExist();
  }

  private static String withoutPaths(String out, String directory) {
    return out.lines()
        .filter(line -> !line.contains("/" + directory + "/"))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void aSimulatedSetbackSendsTheCoupleBackAndTheStatusSaysWhy() {
    Harness.Run run =
        new Harness(directory)
            .raw("demo", "--months", "6", "--start", "2025-01-06", "--setback-on-day", "140");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Atone", "You moved back from");
  }

  @Test
  void aSetbackDayOutsideTheRunIsBadUsage() {
    Harness.Run run =
        new Harness(directory).raw("demo", "--months", "1", "--setback-on-day", "400");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--setback-on-day must be between 1 and");
  }
}
