package org.recovery.persistence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Journeys;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Instruments;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.persistence.instrument.InstrumentReader;
import org.recovery.persistence.instrument.InstrumentWriter;

/**
 * Keeps docs/custom-models.md true: its code runs here, its example files are the test resources
 * the other tests read, its table of rules is the reader's, and every message it quotes for a model
 * is one the reader gives (the questionnaire messages are checked in the instrument tests).
 */
class CustomModelsGuideTest {
  static final Path GUIDE = Path.of("..", "docs", "custom-models.md");

  @Test
  void theGuideRuns(@TempDir Path folder) throws IOException {
    // [guide:export]
    Files.writeString(
        folder.resolve("standard-model.json"), ModelWriter.write(StandardModel.create()));
    Files.writeString(folder.resolve("rdas.json"), InstrumentWriter.write(Instruments.rdas()));
    // [/guide]

    // [guide:load]
    RecoveryModel model;
    try (InputStream in = Files.newInputStream(folder.resolve("standard-model.json"))) {
      model = ModelReader.read(in);
    }
    Instrument rdas = InstrumentReader.read(Files.readString(folder.resolve("rdas.json")));
    Journeys journeys =
        Journeys.using(new InMemoryEventStore(), Clock.systemUTC())
            .withInstruments(InstrumentCatalogue.standard().with(rdas))
            .withModel(model);
    // [/guide]

    assertThat(journeys.model()).isEqualTo(StandardModel.create());
    assertThat(rdas).isEqualTo(Instruments.rdas());
    assertThat(journeys.instruments()).isEqualTo(InstrumentCatalogue.standard());
  }

  @Test
  void theExampleModelRunsWithTheExampleQuestionnaireInTheCatalogue() throws IOException {
    RecoveryModel model = ModelReader.read(JsonEdits.text("/model/custom-model.json"));
    Instrument weekly = InstrumentReader.read(JsonEdits.text("/instrument/custom-instrument.json"));
    Journeys journeys = Journeys.using(new InMemoryEventStore(), Clock.systemUTC());

    assertThat(
            journeys
                .withInstruments(InstrumentCatalogue.standard().with(weekly))
                .withModel(model)
                .model())
        .isEqualTo(model);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> journeys.withModel(model))
        .withMessage(
            "model harbour-three-steps@2 schedules questionnaire harbour-weekly, which"
                + " the instrument catalogue does not have");
    String edited =
        InstrumentWriter.write(Instruments.rdas())
            .replace("\"Revised Dyadic", "\"Our Revised Dyadic");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InstrumentCatalogue.standard().with(InstrumentReader.read(edited)))
        .withMessage(
            "two different definitions of instrument rdas version 1; give the changed"
                + " one a new version");
  }

  @Test
  void everyCodeBlockOfTheGuideIsInThisTest() throws IOException {
    String test =
        Files.readString(
            Path.of(
                "src",
                "test",
                "java",
                "org",
                "recovery",
                "persistence",
                "model",
                "CustomModelsGuideTest.java"),
            StandardCharsets.UTF_8);

    List<String> blocks = blocks("java");

    assertThat(blocks).hasSize(2);
    for (String block : blocks) {
      assertThat(squash(test))
          .as("the test holds this block of the guide:%n%s", block)
          .contains(squash(block));
    }
  }

  @Test
  void theExamplesOfTheGuideAreTheFilesTheTestsRead() throws IOException {
    List<String> examples = blocks("json");

    assertThat(examples).hasSize(2);
    assertThat(JsonEdits.tree(examples.get(0)))
        .isEqualTo(JsonEdits.tree(JsonEdits.text("/model/custom-model.json")));
    assertThat(JsonEdits.tree(examples.get(1)))
        .isEqualTo(JsonEdits.tree(JsonEdits.text("/instrument/custom-instrument.json")));
  }

  @Test
  void theGuideListsEveryRuleTheReaderKnowsAndNoOther() throws IOException {
    String guide = guide();
    String gates =
        guide.substring(
            guide.indexOf("### The gates"), guide.indexOf("## A questionnaire of your own"));
    Matcher m = Pattern.compile("(?m)^\\| `([a-z]+-[a-z-]+)` \\| ").matcher(gates);
    List<String> documented = new ArrayList<>();
    while (m.find()) {
      documented.add(m.group(1));
    }

    assertThat(documented).containsExactlyElementsOf(GateForms.rules());
  }

  @Test
  void everyModelMessageTheGuideQuotesIsOneTheReaderGives() throws IOException {
    Set<String> given =
        BrokenModelTest.brokenDocuments()
            .map(a -> a.get()[2] + ": " + a.get()[3])
            .collect(Collectors.toSet());

    List<String> quoted = blocks("text").get(0).lines().toList();

    assertThat(quoted).isNotEmpty();
    assertThat(given).containsAll(quoted);
  }

  /** The code blocks of the guide in {@code language}, in order. */
  static List<String> blocks(String language) throws IOException {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(guide());
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static String guide() throws IOException {
    return Files.readString(GUIDE, StandardCharsets.UTF_8);
  }

  private static String squash(String code) {
    return code.replaceAll("\\s+", "");
  }
}
