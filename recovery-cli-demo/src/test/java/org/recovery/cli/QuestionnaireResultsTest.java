package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questionnaire results where partners read them — history, status, reports and exports — and who
 * may see which: Sam keeps a completion private, Alex shares theirs.
 */
class QuestionnaireResultsTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).withWordedCsi4().withBetrayal();
  }

  private void samPrivatelyAndAlexShared() {
    Harness.expectOk(
        cli.as("Sam", "questionnaire", "take", "csi-4", "--private", "6", "5", "5", "5"));
    Harness.expectOk(
        cli.as("Alex", "questionnaire", "take", "csi-4", "--share", "1", "1", "1", "1"));
    cli.advanceDays(28);
    Harness.expectOk(
        cli.as("Alex", "questionnaire", "take", "csi-4", "--share", "3", "2", "3", "2"));
  }

  @Test
  void aPrivateCompletionSaysThePartnerCannotSeeIt() {
    Harness.Run run =
        cli.as("Sam", "questionnaire", "take", "csi-4", "--private", "6", "5", "5", "5");

    assertThat(run.out())
        .contains(
            "Sam completed the questionnaire csi-4 (private)", "Alex cannot see this completion.");
  }

  @Test
  void theHistoryShowsOwnCompletionsAndThePartnersSharedOnes() {
    samPrivatelyAndAlexShared();

    String sam = Harness.expectOk(cli.as("Sam", "questionnaire", "history", "csi-4")).out();

    assertThat(sam)
        .contains(
            "Couples Satisfaction Index (CSI-4)\ntotal 0–21, higher is better\n",
            "cut-off below 13.5: notable relationship dissatisfaction",
            "Date        Who          Total  Band",
            "2025-03-10  Sam             21  at/above 13.5  (private)",
            "2025-03-10  Alex             4  below 13.5",
            "2025-04-07  Alex            10  below 13.5",
            "From baseline to latest",
            "Sam, 2025-03-10 → 2025-03-10: one completion so far, the baseline",
            "Alex, 2025-03-10 → 2025-04-07: 4 → 10 (+6), improved; no reliable-change",
            "Totals, oldest first (0–21)");
    assertThat(sam).containsPattern("  Alex +[▁▂▃▄▅▆▇█]{2}\n");
  }

  @Test
  void aPrivateCompletionNeverReachesThePartner() throws Exception {
    samPrivatelyAndAlexShared();
    String history = Harness.expectOk(cli.as("Alex", "questionnaire", "history", "csi-4")).out();
    String list = Harness.expectOk(cli.as("Alex", "questionnaire", "list")).out();
    String status = questionnaireSection(Harness.expectOk(cli.as("Alex", "status")).out());
    String markdown = Harness.expectOk(cli.as("Alex", "report")).out();
    String html = Harness.expectOk(cli.as("Alex", "report", "--format", "html")).out();
    String timeline = Harness.expectOk(cli.as("Alex", "timeline")).out();

    assertThat(history).contains("Alex").doesNotContain("Sam", "(private)");
    assertThat(list).doesNotContain("Sam");
    assertThat(status).contains("Alex").doesNotContain("Sam");
    assertThat(markdown)
        .contains("| Couples Satisfaction Index (CSI-4) | Alex |")
        .doesNotContain("| Couples Satisfaction Index (CSI-4) | Sam |");
    assertThat(html)
        .contains("<tr><td>Couples Satisfaction Index (CSI-4)</td><td>Alex</td>")
        .doesNotContain("<tr><td>Couples Satisfaction Index (CSI-4)</td><td>Sam</td>");
    assertThat(timeline).contains("Alex completed").doesNotContain("Sam completed");
    JsonNode report = JSON.readTree(cli.as("Alex", "report", "--format", "json").out());
    String alex = report.get("viewer").get("id").asText();
    assertThat(report.get("instruments"))
        .hasSize(1)
        .allSatisfy(
            i -> {
              assertThat(i.get("partner").asText()).isEqualTo(alex);
            });
    Path export = directory.resolve("alex.json");
    Harness.expectOk(cli.as("Alex", "export", "--output", export.toString()));
    assertThat(Files.readString(export).split("instrument.completed", -1)).hasSize(3);
  }

  @Test
  void thePartnersSharedCompletionsReachStatusAndReports() throws Exception {
    samPrivatelyAndAlexShared();

    String status = questionnaireSection(cli.as("Sam", "status").out());
    String markdown = cli.as("Sam", "report").out();
    String html = cli.as("Sam", "report", "--format", "html").out();

    assertThat(status)
        .contains(
            "Questionnaires       latest      band            since baseline",
            "  CSI-4    Sam       21 of 0–21  at/above 13.5   baseline",
            "  CSI-4    Alex      10 of 0–21  below 13.5      +6 improved, not judged",
            "  CSI-4 due today — recovery questionnaire take csi-4 --as Sam --db");
    assertThat(markdown)
        .contains(
            "## Questionnaires",
            "| Couples Satisfaction Index (CSI-4) | Alex | 2 | 4 (2025-03-10) | 10 (2025-04-07) |"
                + " below the cut-off 13.5 (notable relationship dissatisfaction) | 4 → 10 (+6),"
                + " improved; no reliable-change index is published for CSI-4, so it is not"
                + " judged |",
            "- Couples Satisfaction Index (CSI-4): every 28 days; last completed 2025-03-10; due"
                + " today.");
    assertThat(html)
        .contains("<h2>Questionnaires</h2>", "<td>Alex</td><td>2</td>", "aria-label=\"totals\"");
  }

  @Test
  void theStatusSaysWhenTheQuestionnaireIsDue() {
    String before = cli.as("Sam", "status").out();
    Harness.expectOk(
        cli.as("Sam", "questionnaire", "take", "csi-4", "--share", "4", "3", "3", "4"));
    String after = cli.as("Sam", "status").out();
    cli.advanceDays(30);
    String overdue = cli.as("Sam", "status").out();

    assertThat(before)
        .contains(
            "\nQuestionnaires\n  CSI-4 due today — recovery questionnaire"
                + " take csi-4 --as Sam --db\n  "
                + cli.database
                + "\n");
    assertThat(after)
        .contains(
            "  CSI-4    Sam       14 of 0–21  at/above 13.5   baseline",
            "  CSI-4 next due 2025-04-07\n");
    assertThat(overdue)
        .contains("  CSI-4 due since 2025-04-07 — recovery questionnaire take" + " csi-4");
    assertThat(after.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void theJsonReportCarriesTheScheduleAndTheHistories() throws Exception {
    samPrivatelyAndAlexShared();
    JsonNode report = JSON.readTree(cli.as("Sam", "report", "--format", "json").out());

    JsonNode schedule = report.get("questionnaires");
    assertThat(schedule).hasSize(1);
    assertThat(schedule.get(0).fieldNames())
        .toIterable()
        .containsExactly("instrument", "name", "everyDays", "lastCompleted", "nextDue", "due");
    assertThat(schedule.get(0).get("nextDue").asText()).isEqualTo("2025-04-07");
    assertThat(schedule.get(0).get("due").asBoolean()).isTrue();

    JsonNode instruments = report.get("instruments");
    assertThat(instruments).hasSize(2);
    JsonNode alex = instruments.get(1);
    assertThat(alex.fieldNames())
        .toIterable()
        .containsExactly(
            "instrument",
            "version",
            "name",
            "partner",
            "completions",
            "total",
            "cutOffs",
            "reliableChangeIndex",
            "history",
            "baseline",
            "latest",
            "change");
    assertThat(alex.get("total").toString())
        .isEqualTo("{\"min\":0.0,\"max\":21.0,\"polarity\":\"higher-is-better\"}");
    assertThat(alex.get("cutOffs").get(0).get("flaggedWhen").asText()).isEqualTo("below");
    assertThat(alex.get("reliableChangeIndex").isNull()).isTrue();
    assertThat(alex.get("history")).hasSize(2);
    assertThat(alex.get("history").get(0).fieldNames())
        .toIterable()
        .containsExactly("at", "day", "total", "subscales", "flaggedBy", "visibility");
    assertThat(alex.get("history").get(0).get("flaggedBy").get(0).asText())
        .isEqualTo("dissatisfied");
    assertThat(alex.get("latest").get("total").asDouble()).isEqualTo(10.0);
    assertThat(alex.get("change").toString())
        .isEqualTo(
            "{\"baseline\":4.0,\"latest\":10.0,"
                + "\"change\":6.0,\"direction\":\"improved\",\"verdict\":\"no-published-index\","
                + "\"reliable\":false,\"clinicallySignificant\":false}");
    assertThat(instruments.get(0).get("history").get(0).get("visibility").asText())
        .isEqualTo("private");
  }

  @Test
  void subscalesAreInTheHistoryOfAQuestionnaireWithoutATotal() {
    List<String> args = new ArrayList<>(List.of("questionnaire", "take", "trim-18"));
    for (int k = 0; k < 18; k++) {
      args.add(Integer.toString(1 + k % 5));
    }
    Harness.Run take = Harness.expectOk(cli.as("Sam", args.toArray(String[]::new)));
    String history = cli.as("Sam", "questionnaire", "history", "trim-18").out();

    assertThat(take.out())
        .contains("Subscales: Avoidance 18 · Revenge 15 · Benevolence 18.")
        .doesNotContain("Total");
    assertThat(history)
        .contains(
            "no total score", "Avoidance 18 · Revenge 15 · Benevolence 18", "one completion so far")
        .doesNotContain("Totals, oldest first");
  }

  private static String questionnaireSection(String status) {
    int from = status.indexOf("\nQuestionnaires");
    int to = status.indexOf("\n\n", from + 1);
    assertThat(from).as(status).isNotNegative();
    return status.substring(from, to < 0 ? status.length() : to);
  }
}
