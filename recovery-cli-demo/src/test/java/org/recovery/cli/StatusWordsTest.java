package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the status and the Markdown report say in words: counts in the right number, the forgiveness
 * step shown to its author, and lines that are wrapped, never cut, when the output is not a
 * terminal.
 */
class StatusWordsTest {
  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).withWordedCsi4().withBetrayal();
  }

  @ParameterizedTest
  @CsvSource({"0,0 days", "1,1 day", "2,2 days"})
  void countsTakeTheRightNumber(long n, String words) {
    assertThat(Words.count(n, "day")).isEqualTo(words);
  }

  @Test
  void oneDaySaysDayAndALongHintIsWrappedNotCut() {
    Harness.expectOk(cli.as("Sam", "day-counters", "on"));
    cli.advanceDays(1);

    String status = Harness.expectOk(cli.as("Sam", "status")).out();

    assertThat(status)
        .contains("Stabilise · 1 day\n", "1 day in this stage")
        .doesNotContain("1 days", "...");
    assertThat(status.lines())
        .as("no line is cut with an ellipsis")
        .noneMatch(line -> line.endsWith("…"));
    assertThat(String.join(" ", status.lines().map(String::strip).toList()))
        .contains("questionnaire take csi-4 --as Sam --db " + cli.database);
  }

  @Test
  void theForgivenessStepIsShownToItsAuthorInTheStatusAndTheMarkdownReport() {
    Harness.expectOk(cli.as("Sam", "forgiveness", "working-through-it"));

    String own = Harness.expectOk(cli.as("Sam", "status")).out();
    String markdown = Harness.expectOk(cli.as("Sam", "report", "--format", "markdown")).out();
    String partners = Harness.expectOk(cli.as("Alex", "status")).out();

    assertThat(own).contains("Forgiveness", "  Sam: working through the hurt and anger");
    assertThat(markdown).contains("## Forgiveness", "- Sam: working through the hurt and anger");
    assertThat(partners).doesNotContain("Forgiveness", "working through the hurt and anger");
  }
}
