package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.recovery.core.common.JourneyId;
import org.recovery.persistence.CloseableEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Garbage on the command line — real commands and options with wrong, missing or odd values, and
 * plain noise — never produces a stack trace or an exit code outside 0 to 3, and a command that
 * fails never changes the database. Commands run with the temporary directory as their working
 * directory, so a relative {@code --output} that succeeds writes there; nothing may land in the
 * build's own working directory.
 */
class GarbageArgumentsProperties {
  private static Path directory;
  private static Harness cli;
  private static List<List<String>> paths;
  private static List<String> options;

  @BeforeContainer
  static void journey() throws IOException {
    directory = Files.createTempDirectory("recovery-garbage");
    cli = new Harness(directory).withBetrayal();
    Harness.expectOk(
        cli.as("Alex", "commitment", "propose", "--title", "Call at noon", "--cadence", "daily"));
    paths = new ArrayList<>();
    options = new ArrayList<>();
    collect(
        Cli.commandLine(
            new CliContext(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()),
                Map.of(),
                cli.clock,
                Harness.ZONE,
                java.util.Optional.empty(),
                directory,
                directory,
                1,
                true)),
        List.of());
    options.remove("--db");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 150)
  void garbageNeverCrashesAndAFailureChangesNothing(@ForAll("commandLines") List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--db", cli.database.toString()));
    long before = events();
    Map<String, byte[]> filesBefore = cli.files();
    List<Path> buildDirectoryBefore = buildDirectory();
    cli.environment.put(Passphrases.VARIABLE, Harness.PASSPHRASES.get("Sam"));
    Harness.Run run = cli.raw(all.toArray(String[]::new));

    assertThat(buildDirectory())
        .as("the build's working directory after " + run)
        .isEqualTo(buildDirectoryBefore);

    net.jqwik.api.statistics.Statistics.label("exit code").collect(run.code());
    assertThat(run.code()).as(run.toString()).isBetween(0, 3);
    if (!all.contains("-v") && !all.contains("--verbose")) {
      assertThat(run.out() + run.err()).as(run.toString()).doesNotContain("\tat ", "Caused by:");
    }
    if (run.code() != 0) {
      assertThat(events()).as(run.toString()).isEqualTo(before);
      Map<String, byte[]> filesAfter = cli.files();
      for (String name : List.of("recovery.db", "recovery.db.credentials")) {
        assertThat(filesAfter.get(name))
            .as(name + " after " + run)
            .isEqualTo(filesBefore.get(name));
      }
    }
  }

  @Property(tries = 150)
  void nearlyRightCommandsNeverCrashEither(@ForAll("nearlyRight") List<String> args) {
    garbageNeverCrashesAndAFailureChangesNothing(args);
  }

  @Provide
  Arbitrary<List<String>> nearlyRight() {
    List<List<String>> templates =
        List.of(
            List.of(
                "checkin",
                "--safety",
                "5",
                "--trust",
                "5",
                "--closeness",
                "5",
                "--hope",
                "5",
                "--as",
                "Sam"),
            List.of(
                "commitment",
                "propose",
                "--title",
                "Walk",
                "--cadence",
                "daily",
                "--owner",
                "Alex",
                "--as",
                "Sam"),
            List.of(
                "setback", "record", "--kind", "conflict", "--severity", "minor", "--as", "Sam"),
            List.of("boundary", "propose", "--area", "money", "--text", "Ask first", "--as", "Sam"),
            List.of("journey", "pause", "--from", "today", "--as", "Sam"),
            List.of("consent", "none", "--as", "Sam"),
            List.of("therapy", "--kind", "couples", "--day", "today", "--as", "Sam"),
            List.of("betrayal", "heard", "--level", "partly", "--as", "Sam"),
            List.of("report", "--format", "json", "--as", "Sam"),
            List.of("timeline", "--page", "1", "--as", "Sam"),
            List.of("export", "--output", directory.resolve("x.json").toString(), "--as", "Sam"),
            List.of("import", directory.resolve("missing.json").toString(), "--as", "Sam"),
            List.of("questionnaire", "take", "csi-4", "4", "3", "3", "4", "--as", "Sam"),
            List.of("questionnaire", "take", "rdas", "1=5", "2=4", "--private", "--as", "Sam"),
            List.of("questionnaire", "history", "csi-4", "--as", "Sam"),
            List.of("questionnaire", "list", "--as", "Sam"),
            List.of("questionnaire", "add", directory.resolve("missing.json").toString()),
            List.of("advance", "--as", "Sam"));
    return Combinators.combine(
            Arbitraries.of(templates),
            Arbitraries.integers().between(1, 20),
            values(),
            Arbitraries.of("keep", "keep", "replace", "remove", "insert"))
        .as(
            (template, at, value, how) -> {
              List<String> line = new ArrayList<>(template);
              int i = 1 + at % (line.size() - 1);
              switch (how) {
                case "keep" -> {}
                case "replace" -> line.set(i, value);
                case "remove" -> line.remove(i);
                default -> line.add(i, value);
              }
              return line;
            });
  }

  private static Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "0",
            "5",
            "10",
            "11",
            "-1",
            "99999999999",
            "3/week",
            "daily",
            "mon,xyz",
            "monthly:32",
            "today",
            "yesterday",
            "2025-03-09",
            "2025-02-30",
            "1900-01-01",
            "Sam",
            "Alex",
            "sam",
            "Robin",
            "",
            " ",
            "--",
            "-",
            "@nothing",
            "on",
            "off",
            "emotional-affair",
            "trigger",
            "severe",
            "minor",
            "communication",
            "none",
            "physical-intimacy",
            "json",
            "html",
            "pdf",
            "couples",
            "kept",
            "acknowledged",
            "00000000-0000-4000-8000-000000000000",
            "0",
            "ab",
            "Europe/Berlin",
            "Mars/Base",
            directory.resolve("out/file.json").toString(),
            "\u0000",
            "ünïcödé",
            "日本"),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.integers().map(String::valueOf));
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> value = values();
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of(options)), net.jqwik.api.Tuple.of(3, value));
    Arbitrary<List<String>> acting =
        Arbitraries.of(List.of(), List.of("--as", "Sam"), List.of("--as", "Alex"));
    return Combinators.combine(Arbitraries.of(paths), token.list().ofMaxSize(7), acting)
        .as(
            (path, rest, as) -> {
              List<String> line = new ArrayList<>(path);
              line.addAll(rest);
              line.addAll(as);
              return line;
            });
  }

  private static void collect(CommandLine command, List<String> path) {
    paths.add(path);
    for (OptionSpec option : command.getCommandSpec().options()) {
      for (String name : option.names()) {
        if (!options.contains(name)) {
          options.add(name);
        }
      }
    }
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> next = new ArrayList<>(path);
              next.add(name);
              collect(sub, next);
            });
  }

  /** The names in the process's own working directory (the module, during the build). */
  private static List<Path> buildDirectory() {
    try (var list = Files.list(Path.of("").toAbsolutePath())) {
      return list.map(Path::getFileName).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long events() {
    DataFiles files = DataFiles.of(cli.database);
    try (CloseableEventStore store = Storage.open(files)) {
      long count = 0;
      for (JourneyId journey : store.list()) {
        count += store.read(journey).size();
      }
      return count;
    }
  }
}
