package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.cli.JarProcess.Result;

/**
 * The packaged jar, run as a separate process the way a person runs it: the demo, then the status
 * and the JSON report, a check-in, a questionnaire and its history, an export and its import into a
 * new database, whose report equals the first. Runs in the integration-test phase, after the shade
 * plugin wrote the jar.
 */
class RecoveryJarIT {
  private static final JsonMapper JSON = new JsonMapper();
  private static final Pattern PASSPHRASES =
      Pattern.compile("Passphrases: (.+) (?:→|->) (\\S+), (.+) (?:→|->) (\\S+)\\.");

  @TempDir static Path directory;
  static Path jar;

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("recovery.jar", "target/recovery.jar"));
    assertThat(jar).as("the shaded jar; run `mvn verify`, not only `mvn test`").exists();
  }

  @Test
  void demoStatusReportCheckInExportAndImportAsSeparateProcesses() throws Exception {
    Path first = directory.resolve("first.db");
    Result demo = run(Map.of(), "demo", "--months", "2", "--seed", "11", "--db", first.toString());
    Matcher m = passphrases(demo);
    String hurt = m.group(1);
    Map<String, String> both =
        Map.of(Passphrases.VARIABLE, m.group(2), Passphrases.PARTNER_VARIABLE, m.group(4));

    Result status = run(both, "status", "--db", first.toString(), "--as", hurt);
    assertThat(status.code()).as(status.err()).isZero();
    assertThat(status.out()).contains("report for " + hurt, "Stage ");
    assertThat(demo.err() + status.err())
        .as("no start-up lines of logging's or slf4j's own on the error stream")
        .doesNotContain("SLF4J", "logback", "INFO ");

    JsonNode report =
        JSON.readTree(
            run(both, "report", "--format", "json", "--db", first.toString(), "--as", hurt).out());
    assertThat(report.get("format").asText()).isEqualTo("recovery-progress-report");
    assertThat(report.get("viewer").get("name").asText()).isEqualTo(hurt);
    assertThat(report.get("indicators").get("ratings")).isNotEmpty();
    assertThat(report.get("gates")).isNotEmpty();
    assertThat(report.get("instruments")).isNotEmpty();
    assertThat(report.get("questionnaires"))
        .as(
            "the shipped CSI-4 has no wording, so the"
                + " demo's results show but nothing is scheduled")
        .isEmpty();

    Result checkIn =
        run(
            both,
            "checkin",
            "--safety",
            "7",
            "--trust",
            "6",
            "--closeness",
            "7",
            "--hope",
            "8",
            "--note",
            "A calm evening.",
            "--db",
            first.toString(),
            "--as",
            hurt);
    assertThat(checkIn.code()).as(checkIn.err()).isZero();
    assertThat(checkIn.out()).contains("A calm evening.");

    Result take =
        run(
            both,
            "questionnaire",
            "take",
            "csi-4",
            "5",
            "4",
            "4",
            "4",
            "--db",
            first.toString(),
            "--as",
            hurt);
    assertThat(take.code()).as(take.err()).isZero();
    assertThat(take.out())
        .contains("completed the questionnaire csi-4", "Total 17 of 0", "Since your baseline on");
    Result history =
        run(both, "questionnaire", "history", "csi-4", "--db", first.toString(), "--as", hurt);
    assertThat(history.code()).as(history.err()).isZero();
    assertThat(history.out()).contains("From baseline to latest", "Totals, oldest first");

    Path export = directory.resolve("journey.json");
    Result exported =
        run(
            both,
            "export",
            "--complete",
            "--output",
            export.toString(),
            "--db",
            first.toString(),
            "--as",
            hurt);
    assertThat(exported.code()).as(exported.err()).isZero();

    Path second = directory.resolve("second.db");
    Result imported =
        run(both, "import", export.toString(), "--db", second.toString(), "--as", hurt);
    assertThat(imported.code()).as(imported.err()).isZero();

    String before =
        run(both, "report", "--format", "json", "--db", first.toString(), "--as", hurt).out();
    String after =
        run(both, "report", "--format", "json", "--db", second.toString(), "--as", hurt).out();
    assertThat(withoutTime(after)).isEqualTo(withoutTime(before));
  }

  /**
   * A record's generated equals and hashCode are bound through method handles the first time they
   * run (20-30 ms for the first record in a fresh JVM, 1-3 ms for each one after), so the records
   * these commands compare or use as keys write theirs out. A record that starts being compared on
   * this path shows up here by name.
   */
  @Test
  void statusAndTheJsonReportBindNoGeneratedEqualsOrHashCodeOfARecord() throws Exception {
    Path db = directory.resolve("records.db");
    Matcher m =
        passphrases(run(Map.of(), "demo", "--months", "2", "--seed", "5", "--db", db.toString()));
    Map<String, String> hers = Map.of(Passphrases.VARIABLE, m.group(2));
    String traced = "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true";

    for (List<String> args :
        List.of(
            List.of("status", "--as", m.group(1)),
            List.of("status", "--as", m.group(1)),
            List.of("report", "--format", "json", "--as", m.group(1)))) {
      List<String> command = new ArrayList<>(List.of(java(), traced, "-jar", jar.toString()));
      command.addAll(args);
      command.addAll(List.of("--db", db.toString()));
      Result run = exec(command, hers);

      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out().lines().filter(l -> l.contains("java.lang.runtime.ObjectMethods")))
          .as("records whose generated equals or hashCode %s binds", args)
          .isEmpty();
    }
  }

  @Test
  void aWrongPassphraseExitsOneWithoutAStackTrace() throws Exception {
    Path db = directory.resolve("wrong.db");
    Matcher m = passphrases(run(Map.of(), "demo", "--months", "1", "--db", db.toString()));

    Result run =
        run(
            Map.of(Passphrases.VARIABLE, "not-it-at-all"),
            "timeline",
            "--db",
            db.toString(),
            "--as",
            m.group(1));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("That is not").doesNotContain("\tat ", "Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theLauncherScriptFindsTheJar() throws Exception {
    Path launcher = Path.of(System.getProperty("recovery.launcher", "recovery"));
    Result run =
        exec(
            List.of("sh", launcher.toString(), "--version"),
            Map.of("RECOVERY_JAR", jar.toString()));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("recovery ").doesNotContain("development build");
  }

  @Test
  void theLauncherFollowsSymbolicLinksToFindTheJarBesideItself() throws Exception {
    Path launcher = Path.of(System.getProperty("recovery.launcher", "recovery")).toAbsolutePath();
    Path bin = Files.createDirectories(directory.resolve("bin"));
    Path first = Files.createSymbolicLink(bin.resolve("recovery-link"), launcher);
    Path relative = Files.createSymbolicLink(bin.resolve("recovery"), bin.relativize(first));
    Map<String, String> noJarNamed = new HashMap<>();
    noJarNamed.put("RECOVERY_JAR", "");

    Result run;
    try {
      run = exec(List.of(relative.toString(), "--version"), noJarNamed);
    } finally {
      // Removed here: JUnit warns when it deletes a link that leads out of its directory.
      Files.delete(relative);
      Files.delete(first);
    }

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("recovery ");
  }

  @Test
  void badUsageExitsTwoAndNamesTheProblem() throws Exception {
    Result run = run(Map.of(), "checkin", "--safety", "eleven");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'eleven' is not an int", "See `recovery checkin --help`.");
  }

  private static Result run(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return exec(command, environment);
  }

  /** The demo's line naming both partners and their passphrases, once it ran without error. */
  private static Matcher passphrases(Result demo) {
    assertThat(demo.code()).as(demo.err()).isZero();
    Matcher m = PASSPHRASES.matcher(demo.out());
    assertThat(m.find()).as(demo.out()).isTrue();
    return m;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Result exec(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    return JarProcess.exec(command, directory, environment);
  }

  private static String withoutTime(String json) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(json);
    root.remove("asOf");
    return root.toString();
  }
}
