package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.Stores;
import org.recovery.web.support.Browser;
import org.recovery.web.support.InstrumentFiles;
import org.recovery.web.support.Response;

/**
 * The server as {@code java -jar} runs it, in a process of its own: {@code --instruments} is read
 * at start-up, and a broken definition stops it with exit code 2 before anything is created.
 */
class MainProcessTest {
  private static final Pattern URL = Pattern.compile("Open (http://\\S+)/ in your browser");

  @Test
  void aBrokenDefinitionStopsStartUpWithExitCode2NamingTheFileAndThePath(@TempDir Path tmp)
      throws Exception {
    Path dir =
        InstrumentFiles.write(
            tmp.resolve("instruments"),
            "broken.json",
            InstrumentFiles.harbour().replace("\"max\": 20", "\"max\": 21"));
    Process p = main(tmp, "--instruments", dir.toString());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server stopped").isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err)
        .contains(dir.resolve("broken.json").toString())
        .contains("at total")
        .contains("usage:");
    assertThat(tmp.resolve("web.db")).doesNotExist();
    assertThat(tmp.resolve("web.db.master-key")).doesNotExist();
  }

  @Test
  void aFileThatIsNotADatabaseStopsStartUpWithExitCode3InWords(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(tmp.resolve("web.db"), "my notes, not a database\n");

    Process p = main(tmp);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server stopped").isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.exitValue()).as(err).isEqualTo(3);
    assertThat(err)
        .contains(
            "Cannot open the database", "not a Recovery database", "The server did not start.")
        .doesNotContain("Exception", "\tat ");
    assertThat(java.nio.file.Files.readString(tmp.resolve("web.db")))
        .isEqualTo("my notes, not a database\n");
  }

  @Test
  void aQuestionnaireFromTheFolderCanBeCompletedOnTheRunningServer(@TempDir Path tmp)
      throws Exception {
    Path dir =
        InstrumentFiles.write(
            tmp.resolve("instruments"), "harbour.json", InstrumentFiles.harbour());
    Process p = main(tmp, "--instruments", dir.toString());
    try {
      Browser a = new Browser(url(p));
      a.session();
      Response created =
          a.post(
              "/api/journeys",
              json(
                  "first", json("name", "Rumi", "passphrase", "rumi's long passphrase"),
                  "second", json("name", "Noor"),
                  "zone", "Europe/Berlin"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      a.login("Rumi", "rumi's long passphrase");
      assertThat(
              a.get("/api/questionnaires").json().findParents("sources").stream()
                  .map(n -> n.path("id").asText())
                  .toList())
          .contains(InstrumentFiles.HARBOUR, "csi-4");
      Response done =
          a.act(
              "/questionnaires",
              json(
                  "instrument",
                  InstrumentFiles.HARBOUR,
                  "answers",
                  json("safe", 4, "heard", 4, "distant", 0, "together", 4, "hope", 4),
                  "visibility",
                  "PRIVATE"));
      assertThat(done.status()).as(done.toString()).isEqualTo(200);
      assertThat(
              a.report().json().path("instruments").findParents("partner").stream()
                  .map(n -> n.path("instrument").asText())
                  .toList())
          .containsExactly(InstrumentFiles.HARBOUR);
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aNewDatabaseRunsInZeroKnowledgeModeAndOneMadeWithAMasterKeyKeepsIt(@TempDir Path tmp)
      throws Exception {
    Path fresh = Files.createDirectories(tmp.resolve("fresh"));
    Path earlier = Files.createDirectories(tmp.resolve("earlier"));
    Stores.sqlite(
            earlier.resolve("web.db"), FileKeyProvider.at(earlier.resolve("web.db.master-key")))
        .close();

    for (Path folder : List.of(fresh, earlier)) {
      Process p = main(folder);
      try {
        Browser a = new Browser(url(p));
        a.session();
        Response created =
            a.post(
                "/api/journeys",
                json(
                    "first", json("name", "Rumi", "passphrase", "rumi's long passphrase"),
                    "second", json("name", "Noor"),
                    "zone", "Europe/Berlin"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
      } finally {
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }

    assertThat(fresh.resolve("web.db.master-key")).as("no master key is ever made").doesNotExist();
    assertThat(fresh.resolve("web.db.name-secret")).exists();
    assertThat(earlier.resolve("web.db.master-key")).exists();
    assertThat(earlier.resolve("web.db.name-secret"))
        .as("log-in names keyed from the master key, as before")
        .doesNotExist();
  }

  @Test
  void aMasterKeyInTheEnvironmentOrBesideTheDatabaseMeansMasterKeyMode(@TempDir Path tmp)
      throws Exception {
    Path base = tmp.resolve("web.db");
    assertThat(Main.masterKeyMode(base, Map.of())).isFalse();
    assertThat(Main.masterKeyMode(base, Map.of("RECOVERY_MASTER_KEY", "…"))).isTrue();
    Files.writeString(tmp.resolve("web.db.master-key"), "");
    assertThat(Main.masterKeyMode(base, Map.of())).isTrue();
  }

  private static Process main(Path tmp, String... options) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Duser.timezone=Pacific/Chatham",
                Main.class.getName(),
                "--port",
                "0",
                "--db",
                tmp.resolve("web.db").toString()));
    command.addAll(List.of(options));
    ProcessBuilder b = new ProcessBuilder(command).directory(tmp.toFile());
    b.environment().remove("RECOVERY_MASTER_KEY");
    return b.start();
  }

  /** Reads the server's output until it says where it listens. */
  private static String url(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = URL.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "server-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
      seen.add(line);
    }
    throw new AssertionError(
        "the server did not start: "
            + seen
            + " "
            + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
