package org.recovery.persistence.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the questionnaire messages that docs/custom-models.md quotes true. */
class CustomInstrumentsGuideTest {

  @Test
  void everyQuestionnaireMessageTheGuideQuotesIsOneTheReaderGives() throws IOException {
    String guide =
        Files.readString(Path.of("..", "docs", "custom-models.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    assertThat(m.find() && m.find()).as("a second text block, of questionnaire messages").isTrue();
    List<String> quoted = m.group(1).lines().toList();
    Set<String> given =
        BrokenInstrumentTest.brokenDocuments()
            .map(a -> a.get()[2] + ": " + a.get()[3])
            .collect(Collectors.toSet());

    assertThat(quoted).isNotEmpty();
    assertThat(given).containsAll(quoted);
  }
}
