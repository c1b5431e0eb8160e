package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing Sam keeps private reaches anything Alex can run. */
class PrivacyTest extends CliTestCase {
  private static final String NOTE = "only-for-me-7c1f";
  private static final String JOURNAL = "journal-secret-42aa";

  @BeforeEach
  void setUp() {
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "2",
            "--trust",
            "1",
            "--closeness",
            "3",
            "--hope",
            "4",
            "--note",
            NOTE,
            "--private",
            "--crisis"));
    Harness.expectOk(cli.as("Sam", "journal", JOURNAL));
    Harness.expectOk(cli.as("Sam", "safety-screening", "--afraid"));
    Harness.expectOk(cli.as("Sam", "forgiveness", "not-now"));
    cli.advanceDays(1);
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "9",
            "--trust",
            "9",
            "--closeness",
            "9",
            "--hope",
            "9",
            "--private-check-in"));
  }

  @Test
  void samSeesTheirOwnPrivateEntries() {
    assertThat(cli.as("Sam", "timeline").out())
        .contains(
            NOTE, JOURNAL, "not safe", "raises a safety concern", "not something to think about");
  }

  @Test
  void nothingAlexCanRunShowsSamsPrivateEntries() throws Exception {
    List<String> seen = new ArrayList<>();
    seen.add(Harness.expectOk(cli.as("Alex", "status")).out());
    seen.add(Harness.expectOk(cli.as("Alex", "timeline", "--page-size", "500")).out());
    for (String format : new String[] {"markdown", "html", "json"}) {
      seen.add(Harness.expectOk(cli.as("Alex", "report", "--format", format)).out());
    }
    Path export = directory.resolve("alex.json");
    Harness.expectOk(cli.as("Alex", "export", "--output", export.toString()));
    seen.add(Files.readString(export));
    seen.add(Harness.expectOk(cli.as("Alex", "setback", "list")).out());
    seen.add(Harness.expectOk(cli.as("Alex", "journey", "show")).out());

    assertThat(seen)
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(
                        NOTE,
                        JOURNAL,
                        "not safe",
                        "safety concern",
                        "afraid",
                        "AFRAID",
                        "NOT_NOW",
                        "not something to think about",
                        "safety 9",
                        "\"value\" : 9"));
  }

  @Test
  void onlySamsReportCarriesTheResourcesSamsEntriesCalledFor() throws Exception {
    var json = new com.fasterxml.jackson.databind.json.JsonMapper();
    var sam = json.readTree(cli.as("Sam", "report", "--format", "json").out());
    var alex = json.readTree(cli.as("Alex", "report", "--format", "json").out());

    assertThat(sam.get("crisisResources")).isNotEmpty();
    assertThat(sam.get("crisisPrompt").asText()).contains("not safe");
    assertThat(sam.get("safetyResources")).isNotEmpty();
    assertThat(alex.get("crisisResources")).as("crisis help is in every report").isNotEmpty();
    assertThat(alex.get("crisisPrompt").isNull()).isTrue();
    assertThat(alex.get("safetyResources")).isEmpty();
    assertThat(alex.get("forgiveness")).isEmpty();
  }

  @Test
  void alexCannotActAsSamWithoutSamsPassphrase() {
    cli.environment.put(Passphrases.VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.Run run = cli.raw("timeline", "--db", cli.database.toString(), "--as", "Sam");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("That is not Sam's passphrase.").doesNotContain(NOTE);
  }

  @Test
  void theDatabaseFilesHoldNoNoteInTheClear() throws Exception {
    for (var entry : cli.files().entrySet()) {
      assertThat(new String(entry.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1))
          .as(entry.getKey())
          .doesNotContain(NOTE, JOURNAL);
    }
  }
}
