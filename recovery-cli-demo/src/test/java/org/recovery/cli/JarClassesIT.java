package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What the classes of the packaged jar are compiled to, for a quick start: strings are joined
 * without {@code invokedynamic}, whose bootstrap generates classes in every fresh process (see
 * docs/cli.md, "Starting quickly"). Runs in the integration-test phase, after the jar is written.
 */
class JarClassesIT {

  private static Path jar() {
    Path jar = Path.of(System.getProperty("recovery.jar", "target/recovery.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded jar; run `mvn verify`, not only `mvn test`").exists();
    return jar;
  }

  @Test
  void theJarsOwnClassesJoinStringsWithoutInvokedynamic() throws IOException {
    byte[] bootstrap = "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);
    List<String> ours = new ArrayList<>();
    List<String> joiningThroughBootstraps = new ArrayList<>();
    try (JarFile file = new JarFile(jar().toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (entry.getName().startsWith("org/recovery/") && entry.getName().endsWith(".class")) {
          ours.add(entry.getName());
          byte[] bytes = file.getInputStream(entry).readAllBytes();
          if (indexOf(bytes, bootstrap) >= 0) {
            joiningThroughBootstraps.add(entry.getName());
          }
        }
      }
    }

    assertThat(ours).hasSizeGreaterThan(100);
    assertThat(joiningThroughBootstraps)
        .as(
            "compiled with -XDstringConcat=inline (the parent pom); classes compiled before it stay until ./mvnw clean")
        .isEmpty();
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
