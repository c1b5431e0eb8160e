package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir static Path directory;
  static DemoJourney demo;

  @BeforeAll
  static void writeDemo() {
    demo = DemoJourney.write(directory, 2);
  }

  @Test
  void theJsonReportHasTheDocumentedFields() throws Exception {
    Harness.Run run = demo.asHurt("report", "--format", "json");
    JsonNode report = JSON.readTree(run.out());

    assertThat(run.code()).isZero();
    assertThat(report.get("format").asText()).isEqualTo("recovery-progress-report");
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.get("viewer").get("name").asText()).isEqualTo(demo.hurt);
    assertThat(report.get("partners")).hasSize(2);
    assertThat(report.get("stage").get("number").asInt()).isBetween(1, 6);
    assertThat(report.get("stage").get("of").asInt()).isEqualTo(6);
    assertThat(report.get("gates"))
        .allSatisfy(
            g ->
                assertThat(g.fieldNames())
                    .toIterable()
                    .contains(
                        "gate", "met", "measured", "required", "sentence", "evidence", "source"));
    JsonNode indicators = report.get("indicators");
    assertThat(indicators.fieldNames())
        .toIterable()
        .containsExactly(
            "overallReliability",
            "streak",
            "daysSinceLastSevereSetback",
            "commitments",
            "ratings",
            "partners");
    assertThat(indicators.get("ratings"))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.get("kind").asText()).matches("emotional-safety|trust|closeness|hope");
              assertThat(r.get("recent"))
                  .allSatisfy(v -> assertThat(v.get("value").asInt()).isBetween(0, 10));
            });
    assertThat(report.fieldNames())
        .toIterable()
        .contains(
            "milestones",
            "suggestions",
            "crisisResources",
            "safetyResources",
            "forgiveness",
            "asOf",
            "zone",
            "model");
  }

  @Test
  void markdownAndHtmlCarryTheSameStage() throws Exception {
    String stage =
        JSON.readTree(demo.asHurt("report", "--format", "json").out())
            .get("stage")
            .get("name")
            .asText();

    String markdown = demo.asHurt("report").out();
    String html = demo.asHurt("report", "--format", "HTML").out();

    assertThat(markdown)
        .startsWith("# Progress report")
        .contains("## Stage", stage, "| Met | Gate | Measured | Required |");
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<h2>Stage", stage, "<svg")
        .doesNotContain("<script");
  }

  @Test
  void aReportFileIsReadableByItsOwnerOnly() throws Exception {
    Path file = directory.resolve("out/report.md");
    Harness.Run run = demo.asInvolved("report", "--output", file.toString());

    assertThat(run.out()).contains("Wrote the report to " + file);
    assertThat(Files.readString(file)).startsWith("# Progress report");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void anUnknownFormatIsBadUsage() {
    Harness.Run run = demo.asHurt("report", "--format", "pdf");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("'pdf' is not one of markdown, html, json", "See `recovery report --help`.");
  }

  @Test
  void aFileThatCannotBeWrittenIsAStorageProblem() throws Exception {
    Path notADirectory = Files.writeString(directory.resolve("plain.txt"), "x");
    Harness.Run run =
        demo.asHurt("report", "--output", notADirectory.resolve("report.md").toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("Cannot write").doesNotContain("\tat ");
  }
}
