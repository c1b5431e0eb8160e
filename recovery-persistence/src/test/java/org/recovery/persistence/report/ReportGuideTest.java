package org.recovery.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.report.ReportView;
import org.recovery.core.spi.InMemoryEventStore;

/**
 * Runs the blocks of docs/embedding.md that need recovery-persistence (those starting with {@code
 * // recovery-persistence:}); the core's EmbeddingGuideTest runs the others.
 */
class ReportGuideTest {

  @Test
  void theJsonReportOfTheGuideRuns() {
    Journeys journeys =
        Journeys.using(
            new InMemoryEventStore(),
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC")));
    Partner sam = Partner.named("Sam");
    JourneyId journey =
        journeys.start(sam, Partner.named("Alex"), ZoneId.of("Europe/Berlin"), Settings.DEFAULTS);
    ReportView report = ReportView.of(journeys, journey, sam.id()).orElseThrow();

    // [guide:report-json]
    // recovery-persistence: org.recovery.persistence.report.ReportJson
    String json = ReportJson.write(report);
    ObjectNode tree = ReportJson.tree(report);
    // [/guide]
    assertThat(json).contains("\"format\" : \"recovery-progress-report\"");
    assertThat(tree.path("viewer").path("name").asText()).isEqualTo("Sam");
  }

  @Test
  void everyPersistenceBlockOfTheGuideIsInThisTest() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "embedding.md"), StandardCharsets.UTF_8);
    String test =
        Files.readString(
            Path.of(
                "src",
                "test",
                "java",
                "org",
                "recovery",
                "persistence",
                "report",
                "ReportGuideTest.java"),
            StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    while (m.find()) {
      if (m.group(1).strip().startsWith("// recovery-persistence:")) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).isNotEmpty();
    for (String block : blocks) {
      assertThat(test.replaceAll("\\s+", ""))
          .as("guide block:%n%s", block)
          .contains(block.replaceAll("\\s+", ""));
    }
  }
}
