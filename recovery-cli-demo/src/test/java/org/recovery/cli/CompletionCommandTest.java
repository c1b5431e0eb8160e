package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
  @TempDir Path directory;

  @Test
  void theScriptCompletesCommandsAndValues() {
    Harness.Run run = new Harness(directory).raw("completion");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "complete -F",
            "recovery",
            "checkin",
            "commitment",
            "emotional-affair",
            "self-reported");
  }

  @Test
  void completionTakesNoArguments() {
    Harness.Run run = new Harness(directory).raw("completion", "fish");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument", "See `recovery completion --help`.");
  }
}
