package org.recovery.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged command (the jar or its launcher) as a process, as a person would: no
 * passphrase or JVM options from the test's own environment, data and cache folders inside {@code
 * directory}, nothing on its input.
 */
final class JarProcess {
  private JarProcess() {}

  /** What a run ended with. */
  record Result(int code, String out, String err) {}

  /**
   * Runs {@code command} in an environment with {@code environment} added, and waits for it.
   *
   * @throws AssertionError if it has not ended after ten minutes
   */
  static Result exec(List<String> command, Path directory, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.remove(Passphrases.VARIABLE);
    env.remove(Passphrases.PARTNER_VARIABLE);
    env.remove("JAVA_OPTS");
    env.put("XDG_DATA_HOME", directory.resolve("data").toString());
    env.put("XDG_CACHE_HOME", directory.resolve("cache").toString());
    env.putAll(new HashMap<>(environment));
    Path out = Files.createTempFile(directory, "out", ".txt");
    Path err = Files.createTempFile(directory, "err", ".txt");
    Process process =
        builder
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
