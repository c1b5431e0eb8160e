package org.recovery.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.recovery.core.testing.MutableClock;
import org.recovery.persistence.SealingEventStore;

/**
 * Runs the {@code recovery} command in this process, as picocli's {@code CommandLine.execute} runs
 * it, with captured output, a clock the test moves, a database in a temporary directory that is
 * also the working directory (so a relative path never lands in the build's directory) and a quick
 * passphrase work factor. Sam and Alex are the couple; their passphrases are known.
 */
final class Harness {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final Instant START = Instant.parse("2025-03-10T08:00:00Z");
  static final Map<String, String> PASSPHRASES =
      Map.of("Sam", "sam-secret-1", "Alex", "alex-secret-2");

  final Path directory;
  final Path database;
  final MutableClock clock = new MutableClock(START);
  final Map<String, String> environment = new HashMap<>();

  /** Passphrases a test changed, used by {@link #as} instead of {@link #PASSPHRASES}. */
  final Map<String, String> changedPassphrases = new HashMap<>();

  final Deque<String> typed = new ArrayDeque<>();

  /** The prompts the terminal showed, secret and plain, in order. */
  final List<String> prompts = new ArrayList<>();

  boolean terminal;
  boolean unicode = true;

  /** What each store a session opens is handed through; a test may wrap it to count reads. */
  UnaryOperator<SealingEventStore> stores = UnaryOperator.identity();

  Harness(Path directory) {
    this.directory = directory;
    this.database = directory.resolve("recovery.db");
    environment.put("XDG_DATA_HOME", directory.resolve("data").toString());
  }

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Runs the command line as it is, with this harness's environment. */
  Run raw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Optional<CliContext.Terminal> console =
        terminal
            ? Optional.of(
                new CliContext.Terminal() {
                  @Override
                  public Optional<char[]> readSecret(String prompt) {
                    prompts.add(prompt);
                    return Optional.ofNullable(typed.poll()).map(String::toCharArray);
                  }

                  @Override
                  public Optional<String> readLine(String prompt) {
                    prompts.add(prompt);
                    return Optional.ofNullable(typed.poll());
                  }
                })
            : Optional.empty();
    CliContext context =
        new CliContext(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            environment,
            clock,
            ZONE,
            console,
            directory.resolve("home"),
            directory,
            1_000,
            unicode,
            stores);
    int code = Cli.run(context, args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs a command on the test database as {@code name}, with their passphrase. */
  Run as(String name, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--db", database.toString(), "--as", name));
    environment.put(
        Passphrases.VARIABLE,
        changedPassphrases.getOrDefault(name, PASSPHRASES.getOrDefault(name, "not-a-passphrase")));
    try {
      return raw(all.toArray(String[]::new));
    } finally {
      environment.remove(Passphrases.VARIABLE);
    }
  }

  /**
   * Puts a practice's CSI-4 with its wording (placeholder text) into the instruments folder, so the
   * standard model's schedule of it applies: the shipped CSI-4 has no wording and is never
   * scheduled.
   */
  Harness withWordedCsi4() {
    org.recovery.core.instrument.Instrument worded =
        org.recovery.core.instrument.Instruments.csi4()
            .withWording(
                java.util.Map.of(
                    "1",
                    "(item 1 as printed in a licensed copy)",
                    "2",
                    "(item 2 ...)",
                    "3",
                    "(item 3 ...)",
                    "4",
                    "(item 4 ...)"));
    try {
      Path folder = Files.createDirectories(directory.resolve("instruments"));
      Files.writeString(
          folder.resolve("csi-4@1.json"),
          org.recovery.persistence.instrument.InstrumentWriter.write(worded));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return this;
  }

  /** Starts Sam's and Alex's journey in the test database. */
  Harness started(String... options) {
    environment.put(Passphrases.PARTNER_VARIABLE, PASSPHRASES.get("Alex"));
    List<String> args = new ArrayList<>(List.of("start", "--partner", "Alex", "--zone"));
    args.add(ZONE.getId());
    args.addAll(Arrays.asList(options));
    Run run = as("Sam", args.toArray(String[]::new));
    environment.remove(Passphrases.PARTNER_VARIABLE);
    if (run.code() != 0) {
      throw new AssertionError("could not start: " + run);
    }
    return this;
  }

  /** Starts the journey and records Alex's affair that hurt Sam. */
  Harness withBetrayal() {
    started();
    expectOk(as("Sam", "betrayal", "record", "--kind", "emotional-affair", "--hurt", "Sam"));
    return this;
  }

  /** Moves the clock on. */
  void advanceDays(int days) {
    clock.advance(Duration.ofDays(days));
  }

  static Run expectOk(Run run) {
    if (run.code() != 0) {
      throw new AssertionError("expected success: " + run);
    }
    return run;
  }

  /** The first eight characters of the id printed after {@code marker} in {@code text}. */
  static String idAfter(String marker, String text) {
    int at = text.indexOf(marker);
    if (at < 0) {
      throw new AssertionError("no '" + marker + "' in: " + text);
    }
    return text.substring(at + marker.length(), at + marker.length() + 8);
  }

  /** The bytes of every file of the test database, for before-and-after comparisons. */
  Map<String, byte[]> files() {
    Map<String, byte[]> all = new HashMap<>();
    try (var list = Files.list(directory)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        all.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
