package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
  @TempDir static Path directory;
  static DemoJourney demo;

  @BeforeAll
  static void writeDemo() {
    demo = DemoJourney.write(directory, 3);
  }

  @Test
  void theStatusShowsTheStageGatesChartsAndSuggestions() {
    Harness.Run run = demo.asHurt("status");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "report for " + demo.hurt,
            "Stage ",
            " of 6",
            "To move on to",
            "required:",
            "Ratings, last 8 weeks",
            "emotional safety",
            "Suggested now");
    assertThat(run.out()).containsPattern("[▁▂▃▄▅▆▇█]{5,}");
  }

  @Test
  void everyLineFitsEightyColumns() {
    for (String name : new String[] {demo.hurt, demo.involved}) {
      Harness.Run run = name.equals(demo.hurt) ? demo.asHurt("status") : demo.asInvolved("status");
      assertThat(run.out().lines())
          .as(name)
          .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }
  }

  @Test
  void noColourWhenNotATerminal() {
    assertThat(demo.asHurt("status").out()).doesNotContain("\u001b[");
  }

  @Test
  void colourOnATerminalUnlessNoColourIsSet() {
    demo.cli.terminal = true;
    try {
      assertThat(demo.asHurt("status").out()).contains("\u001b[1m");
      demo.cli.environment.put("NO_COLOR", "1");
      assertThat(demo.asHurt("status").out()).doesNotContain("\u001b[");
    } finally {
      demo.cli.terminal = false;
      demo.cli.environment.remove("NO_COLOR");
    }
  }

  @Test
  void withoutUnicodeTheChartsAreAscii() {
    demo.cli.unicode = false;
    try {
      String out = demo.asHurt("status").out();
      assertThat(out)
          .doesNotContainPattern("[▁▂▃▄▅▆▇█✓✗•·]")
          .contains(" | ")
          .containsPattern("[_.\\-~=+*#]{5,}");
    } finally {
      demo.cli.unicode = true;
    }
  }

  @Test
  void statusTakesNoArguments() {
    Harness.Run run = demo.asHurt("status", "now");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument", "See `recovery status --help`.");
  }

  @Test
  void statusIsRefusedWithAWrongPassphrase() {
    demo.cli.environment.put(Passphrases.VARIABLE, demo.involvedPassphrase);
    Harness.Run run =
        demo.cli.raw("status", "--db", demo.cli.database.toString(), "--as", demo.hurt);
    demo.cli.environment.remove(Passphrases.VARIABLE);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("That is not " + demo.hurt + "'s passphrase.");
  }
}
