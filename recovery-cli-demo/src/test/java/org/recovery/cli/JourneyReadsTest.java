package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command reads its journey once: the partners come from the first event alone before the acting
 * partner's key is unlocked, and a journey named by its whole id is found without listing the
 * others, so neither the journey's length nor the number of journeys adds reads.
 */
class JourneyReadsTest {
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @TempDir Path directory;
  private Harness cli;
  private final CountingStore counted = new CountingStore();

  @BeforeEach
  void aJourneyWithSomeHistory() {
    cli = new Harness(directory).withBetrayal();
    Harness.expectOk(
        cli.as(
            "Sam", "checkin", "--safety", "6", "--trust", "4", "--closeness", "5", "--hope", "6"));
    cli.advanceDays(1);
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "7",
            "--trust",
            "4",
            "--closeness",
            "5",
            "--hope",
            "6",
            "--note",
            "a private line",
            "--private"));
  }

  @Test
  void statusReadsTheJourneyOnce() {
    cli.stores = counted::wrap;

    Harness.Run run = cli.as("Sam", "status");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(counted.reads).as("whole-history reads").hasValue(1);
    assertThat(counted.firsts).as("the first event, read alone to find Sam").hasValue(1);
  }

  @Test
  void aJourneyNamedByItsWholeIdIsFoundWithoutListingTheOthers() {
    String sams = journeyId();
    startKimAndRobinsJourneyBeside();
    cli.stores = counted::wrap;

    Harness.Run report = cli.as("Sam", "report", "--format", "json", "--journey", sams);
    Harness.Run status = cli.as("Sam", "status", "--journey", sams.toUpperCase());

    assertThat(report.code()).as(report.toString()).isZero();
    assertThat(status.code()).as(status.toString()).isZero();
    assertThat(counted.lists).hasValue(0);
    assertThat(counted.reads).as("one whole-history read per command").hasValue(2);
  }

  @Test
  void aShortenedIdOrAnUnknownOneStillWorksAsBefore() {
    String sams = journeyId();
    startKimAndRobinsJourneyBeside();

    Harness.Run shortened = cli.as("Sam", "status", "--journey", sams.substring(0, 8));
    Harness.Run unknown =
        cli.as("Sam", "status", "--journey", "ffffffff-ffff-4fff-8fff-ffffffffffff");

    assertThat(shortened.code()).as(shortened.toString()).isZero();
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("No journey", sams);
  }

  private String journeyId() {
    Matcher m = ID.matcher(Harness.expectOk(cli.as("Sam", "journey", "show")).out());
    assertThat(m.find()).isTrue();
    return m.group();
  }

  private void startKimAndRobinsJourneyBeside() {
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "robin-secret");
    cli.environment.put(Passphrases.VARIABLE, "kim-secret-3");
    Harness.expectOk(
        cli.raw(
            "start",
            "--db",
            cli.database.toString(),
            "--as",
            "Kim",
            "--partner",
            "Robin",
            "--another"));
    cli.environment.remove(Passphrases.PARTNER_VARIABLE);
  }
}
