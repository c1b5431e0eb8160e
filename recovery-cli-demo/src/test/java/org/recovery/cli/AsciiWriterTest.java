package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AsciiWriterTest {
  @Test
  void symbolsBecomeAsciiAndLettersStay() {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(new AsciiWriter(text))) {
      out.print("Sam → sam-demo · ✓ café — ▁▅█ …");
    }

    assertThat(text.toString()).isEqualTo("Sam -> sam-demo | + café - _=# ...");
  }
}
