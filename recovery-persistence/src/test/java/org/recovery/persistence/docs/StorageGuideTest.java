package org.recovery.persistence.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the storage part of docs/embedding.md true: each {@code java storage} block of the guide
 * appears (white space aside) in the external project that {@code ./mvnw verify} builds and runs
 * against this build's artifacts, so the guide's code compiles and works with only the BOM.
 */
class StorageGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "embedding.md");
  private static final Path PROJECT = Path.of("src", "it", "external-project");
  private static final Path EXTERNAL =
      PROJECT.resolve(Path.of("src", "test", "java", "example", "EmbeddingTest.java"));

  @Test
  void everyStorageBlockOfTheGuideRunsInTheExternalProject() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    String external = Files.readString(EXTERNAL, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java storage\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    while (m.find()) {
      blocks.add(m.group(1));
    }

    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    for (String block : blocks) {
      assertThat(squash(external))
          .as("the external project holds this block:%n%s", block)
          .contains(squash(block));
    }
  }

  @Test
  void theExternalProjectUsesOnlyTheBomCoreAndPersistence() throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String code = Files.readString(EXTERNAL, StandardCharsets.UTF_8);

    assertThat(pom)
        .contains("<artifactId>recovery-bom</artifactId>")
        .doesNotContain("recovery-cli-demo")
        .doesNotContain("recovery-web-demo");
    assertThat(code).doesNotContain("org.recovery.cli").doesNotContain("org.recovery.web");
  }

  private static String squash(String code) {
    return code.replaceAll("\\s+", "");
  }
}
