package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practice's own questionnaire: added from a JSON file, then listed, taken and scored. */
class CustomQuestionnaireTest {
  static final String DEFINITION = resource("/closeness-check.json");

  @TempDir Path directory;
  Harness cli;
  Path folder;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).withBetrayal();
    folder = directory.resolve("instruments");
  }

  private Harness.Run add(String json) {
    Path file = directory.resolve("definition.json");
    try {
      Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cli.raw("questionnaire", "add", "definition.json", "--db", cli.database.toString());
  }

  @Test
  void anAddedQuestionnaireIsKeptOwnerOnlyAndListed() throws Exception {
    Harness.Run run = add(DEFINITION);
    Path file = folder.resolve("closeness-check@1.json");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Added questionnaire closeness-check version 1 (Closeness"
                + " check (CC-3), 3 items) as "
                + file
                + ".");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(cli.as("Sam", "questionnaire", "list").out())
        .contains(
            "4 questionnaires: 3 shipped, 1 of your own, kept in",
            folder + ".",
            "closeness-check · Closeness check (CC-3)",
            "version 1 · your own · 3 items, answers 0–4",
            "total 0–12, higher is better",
            "cut-off at or below 4: feeling distant this week",
            "wording: included",
            "kept in closeness-check@1.json",
            "csi-4 · Couples Satisfaction Index (CSI-4)");
  }

  @Test
  void theOwnQuestionnaireCanBeTakenAndAppearsInTheHistory() {
    Harness.expectOk(add(DEFINITION));
    Harness.Run take =
        cli.as("Sam", "questionnaire", "take", "closeness-check", "--share", "1", "3", "0");
    cli.advanceDays(7);
    Harness.expectOk(
        cli.as(
            "Sam",
            "questionnaire",
            "take",
            "closeness-check",
            "--share",
            "talk=4",
            "distance=0",
            "time=4"));
    String history = cli.as("Alex", "questionnaire", "history", "closeness-check").out();

    assertThat(take.code()).as(take.toString()).isZero();
    assertThat(take.out())
        .contains(
            "✓ Sam completed the questionnaire closeness-check",
            "Total 2 of 0–12, at or below the cut-off 4 (feeling distant this week).");
    assertThat(history)
        .contains(
            "Closeness check (CC-3)",
            "2025-03-10  Sam              2  at/below 4",
            "2025-03-17  Sam             12  above 4");
    assertThat(history.replace("\n ", ""))
        .contains(
            "2 → 12 (+10), improved; a reliable"
                + " change (at least 3 points) and clinically significant: it crossed the cut-off");
  }

  @Test
  void onATerminalTheItemsWordingAndLabelsAreShown() {
    Harness.expectOk(add(DEFINITION));
    cli.terminal = true;
    cli.typed.addAll(List.of("5", "2", "2", "2"));
    Harness.Run run = cli.as("Sam", "questionnaire", "take", "closeness-check");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Item talk (1 of 3), answers 0–4",
            "  This week we talked openly about how we feel.",
            "  0 Not at all · 4 Completely",
            "  Item talk takes a whole number from 0 to 4. Please answer again.",
            "Total 6 of 0–12")
        .doesNotContain("your own copy");
  }

  @Test
  void aBrokenDefinitionIsRefusedNamingThePathAndNothingIsWritten() {
    Harness.Run run =
        add(DEFINITION.replace("\"min\" : 0, \"max\" : 4 }", "\"min\" : 4, \"max\" : 4 }"));
    Harness.Run notJson = add("{ \"id\" : ");

    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            directory.resolve("definition.json")
                + " is not a valid questionnaire definition: items[2].scale",
            "Nothing was written.",
            "See `recovery questionnaire add --help`.")
        .doesNotContain("\tat ");
    assertThat(notJson.code()).isEqualTo(2);
    assertThat(notJson.err()).contains("is not a valid questionnaire definition");
    assertThat(folder).doesNotExist();
  }

  @Test
  void aChangedDefinitionWithTheSameVersionIsRefused() throws Exception {
    Harness.expectOk(add(DEFINITION));
    byte[] kept = Files.readAllBytes(folder.resolve("closeness-check@1.json"));

    Harness.Run changed = add(DEFINITION.replace("feeling distant this week", "distant"));
    Harness.Run same = add(DEFINITION);
    Harness.Run shipped = add(DEFINITION.replace("\"closeness-check\"", "\"csi-4\""));

    assertThat(changed.code()).isEqualTo(2);
    assertThat(changed.err())
        .contains(
            "Questionnaire closeness-check version 1 already exists"
                + " with a different definition. A changed definition needs a new version: give it"
                + " \"version\": 2. Nothing was written.");
    assertThat(Files.readAllBytes(folder.resolve("closeness-check@1.json"))).isEqualTo(kept);
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("is already there; nothing changed.");
    assertThat(shipped.code()).isEqualTo(2);
    assertThat(shipped.err()).contains("Questionnaire csi-4 version 1 already exists");
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("closeness-check@1.json");
    }
  }

  @Test
  void aNewVersionTakesOverAndTheOldOneStillScoresOldCompletions() {
    Harness.expectOk(add(DEFINITION));
    Harness.expectOk(cli.as("Sam", "questionnaire", "take", "closeness-check", "1", "3", "0"));
    Harness.expectOk(
        add(
            DEFINITION
                .replace("\"version\" : 1", "\"version\" : 2")
                .replace("feeling distant this week", "distant")));
    Harness.Run take = cli.as("Sam", "questionnaire", "take", "closeness-check", "4", "0", "4");

    assertThat(take.out())
        .contains(
            "completed the questionnaire closeness-check (version 2)",
            "This is your first completion");
    assertThat(cli.as("Sam", "questionnaire", "list").out())
        .contains("version 2 · your own", "earlier versions 1 still score old completions");
    assertThat(cli.as("Sam", "questionnaire", "history", "closeness-check").out())
        .contains(
            "at/below 4  version 1", "above 4  version 2", "Sam (version 1)", "Sam (version 2)");
  }

  @Test
  void aBrokenFileInTheFolderIsAStorageProblemNamingIt() throws Exception {
    Files.createDirectories(folder);
    Path broken = Files.writeString(folder.resolve("ours@1.json"), "{\"id\": \"ours\"}");

    Harness.Run status = cli.as("Sam", "status");
    Harness.Run list = cli.raw("questionnaire", "list", "--db", cli.database.toString());
    Harness.Run adding = add(DEFINITION);

    for (Harness.Run run : List.of(status, list, adding)) {
      assertThat(run.code()).as(run.toString()).isEqualTo(3);
      assertThat(run.err())
          .contains("The questionnaire file " + broken + " is not a valid definition: ")
          .doesNotContain("\tat ", "Usage:");
    }
    assertThat(folder.resolve("closeness-check@1.json")).doesNotExist();
  }

  private static String resource(String name) {
    try (InputStream in = CustomQuestionnaireTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
