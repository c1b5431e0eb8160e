package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path directory;
  Harness cli;
  Path file;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).withBetrayal();
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "3",
            "--trust",
            "2",
            "--closeness",
            "4",
            "--hope",
            "5",
            "--note",
            "my own words",
            "--private"));
    Harness.expectOk(cli.as("Alex", "consent", "affectionate-gestures"));
    Harness.expectOk(cli.as("Sam", "consent", "non-physical-connection"));
    file = directory.resolve("export.json");
  }

  @Test
  void aCompleteExportImportsIntoAJourneyWithTheSameReports() throws Exception {
    cli.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.Run exported = cli.as("Sam", "export", "--output", file.toString(), "--complete");
    Harness second = new Harness(directory.resolve("second"));
    second.clock.set(cli.clock.instant());
    second.environment.put(Passphrases.PARTNER_VARIABLE, "alex-new-secret");
    Harness.Run imported = second.as("Sam", "import", file.toString());

    assertThat(exported.out()).contains("Exported 6 events", "(complete)");
    assertThat(imported.code()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("Imported 6 events", "(complete)");
    assertThat(withoutTime(second.as("Sam", "report", "--format", "json").out()))
        .isEqualTo(withoutTime(cli.as("Sam", "report", "--format", "json").out()));
    second.environment.put(Passphrases.VARIABLE, "alex-new-secret");
    assertThat(
            withoutTime(
                second
                    .raw(
                        "report",
                        "--format",
                        "json",
                        "--as",
                        "Alex",
                        "--db",
                        second.database.toString())
                    .out()))
        .isEqualTo(withoutTime(cli.as("Alex", "report", "--format", "json").out()));
    assertThat(second.as("Sam", "timeline").out()).contains("my own words");
  }

  @Test
  void aPartnersExportHoldsWhatTheyMaySee() throws Exception {
    Harness.Run run = cli.as("Alex", "export", "--output", file.toString());
    String text = Files.readString(file);

    assertThat(run.out()).contains("(as Alex may see it)");
    assertThat(text)
        .contains("\"scope\" : \"partner-view\"", "AFFECTIONATE_GESTURES")
        .doesNotContain("my own words", "NON_PHYSICAL_CONNECTION");
    Harness second = new Harness(directory.resolve("second"));
    second.environment.put(Passphrases.PARTNER_VARIABLE, "sam-new-secret");
    Harness.Run imported = second.as("Alex", "import", file.toString());
    assertThat(imported.code()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("(partner view)", "status --as Alex");
  }

  @Test
  void aCompleteExportNeedsTheOtherPartnersPassphrase() {
    Harness.Run missing = cli.as("Alex", "export", "--output", file.toString(), "--complete");
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "guessing-it");
    Harness.Run wrong = cli.as("Alex", "export", "--output", file.toString(), "--complete");

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("RECOVERY_PARTNER_PASSPHRASE");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("That is not Sam's passphrase.");
    assertThat(file).doesNotExist();
  }

  @Test
  void aDamagedFileIsRefusedAndNothingIsWritten() throws Exception {
    Harness.expectOk(cli.as("Sam", "export", "--output", file.toString()));
    String text = Files.readString(file);
    Files.writeString(file, text.replace("EMOTIONAL_AFFAIR", "SEXUAL_AFFAIR"));

    Harness second = new Harness(directory.resolve("second"));
    second.environment.put(Passphrases.PARTNER_VARIABLE, "alex-secret-2");
    Harness.Run run = second.as("Sam", "import", file.toString());

    assertThat(text).contains("EMOTIONAL_AFFAIR");
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("it is damaged", "Nothing was written.");
    assertThat(second.database).doesNotExist();
  }

  @Test
  void aFileOfAnotherFormatVersionIsRefused() throws Exception {
    Harness.expectOk(cli.as("Sam", "export", "--output", file.toString()));
    ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
    root.put("formatVersion", 2);
    JSON.writeValue(file.toFile(), root);

    Harness second = new Harness(directory.resolve("second"));
    Harness.Run run = second.as("Sam", "import", file.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("export format version 2", "reads version 1 only");
    assertThat(second.database).doesNotExist();
  }

  @Test
  void aTruncatedOrForeignFileIsRefused() throws Exception {
    Harness.expectOk(cli.as("Sam", "export", "--output", file.toString()));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path foreign =
        Files.writeString(
            directory.resolve("foreign.json"), "{\"hello\": 1}", StandardCharsets.UTF_8);

    Harness second = new Harness(directory.resolve("second"));
    Harness.Run truncated = second.as("Sam", "import", file.toString());
    Harness.Run other = second.as("Sam", "import", foreign.toString());
    Harness.Run missing = second.as("Sam", "import", directory.resolve("none.json").toString());

    assertThat(truncated.code()).isEqualTo(3);
    assertThat(truncated.err()).contains("not valid JSON");
    assertThat(other.err()).contains("not a recovery journey export");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(second.database).doesNotExist();
  }

  @Test
  void aJourneyIsNotImportedTwice() {
    Harness.expectOk(cli.as("Sam", "export", "--output", file.toString()));
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "alex-secret-2");
    Harness.Run run = cli.as("Sam", "import", file.toString(), "--another");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("already holds journey");
  }

  @Test
  void importingNeedsToKnowWhoImports() {
    Harness.expectOk(cli.as("Sam", "export", "--output", file.toString()));
    Harness second = new Harness(directory.resolve("second"));
    Harness.Run run = second.raw("import", file.toString(), "--db", second.database.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--as NAME (Sam or Alex)");
    assertThat(second.database).doesNotExist();
  }

  @Test
  void exportNeedsAnOutputFile() {
    Harness.Run run = cli.as("Sam", "export");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--output=FILE'");
  }

  private static String withoutTime(String json) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(json);
    root.remove("asOf");
    return root.toString();
  }
}
