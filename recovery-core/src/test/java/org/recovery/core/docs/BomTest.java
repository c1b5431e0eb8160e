package org.recovery.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM names every library artifact at the version the build makes. */
class BomTest {
  private static final Pattern VERSION =
      Pattern.compile("<artifactId>([a-z-]+)</artifactId>\\s*<version>([^<]+)</version>");

  @Test
  void theBomManagesTheLibraryArtifactsAtTheBuildsVersion() throws IOException {
    String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    String bom = Files.readString(Path.of("..", "recovery-bom", "pom.xml"), StandardCharsets.UTF_8);
    Matcher p = VERSION.matcher(parent);
    assertThat(p.find()).isTrue();
    String version = p.group(2);

    Matcher m = VERSION.matcher(bom.split("<build>")[0]);
    List<String> managed = new java.util.ArrayList<>();
    while (m.find()) {
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(version);
      managed.add(m.group(1));
    }
    assertThat(managed).containsExactly("recovery-bom", "recovery-core", "recovery-persistence");
    assertThat(parent).contains("<module>recovery-bom</module>");
  }
}
