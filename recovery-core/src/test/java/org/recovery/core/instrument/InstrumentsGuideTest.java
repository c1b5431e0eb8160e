package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.InstrumentFigures;
import org.recovery.core.spi.InMemoryEventStore;

/**
 * Runs the code of docs/instruments.md. Each java block of the page must appear in this file (white
 * space aside), so the page cannot drift from code that compiles and passes.
 */
class InstrumentsGuideTest {

  @Test
  void theGuideRuns() {
    // [guide:wording]
    Instrument csi4 =
        Instruments.find("csi-4")
            .orElseThrow()
            .withWording(
                Map.of(
                    "1",
                    "(item 1 as printed in your licensed copy)",
                    "2",
                    "(item 2 ...)",
                    "3",
                    "(item 3 ...)",
                    "4",
                    "(item 4 ...)"))
            .withLabels(Map.of("1", Map.of(0, "(lowest anchor)", 6, "(highest anchor)")));
    // [/guide]

    // [guide:scoring]
    ScoringResult result = Scoring.score(csi4, Map.of("1", 3, "2", 4, "3", 3, "4", 3));
    if (result instanceof Score score) {
      System.out.println(score.total().getAsDouble()); // 13.0
      System.out.println(score.flaggedBy("dissatisfied")); // true: below 13.5
    } else if (result instanceof Refusal refusal) {
      System.out.println(refusal.message()); // names the item at fault
    }

    Instrument rdas = Instruments.rdas();
    ReliableChange change = ReliableChange.between(rdas, 42, 55);
    System.out.println(change.reliable()); // true: 13 >= 11.58
    System.out.println(change.clinicallySignificant()); // true: 42 -> 55 crosses 47.31
    // [/guide]

    assertThat(((Score) result).total()).hasValue(13);
    assertThat(((Score) result).flaggedBy("dissatisfied")).isTrue();
    assertThat(change.clinicallySignificant()).isTrue();

    Journeys journeys = Journeys.using(new InMemoryEventStore(), Clock.systemUTC());
    Partner sam = Partner.named("Sam");
    JourneyId journey =
        journeys.start(sam, Partner.named("Alex"), ZoneId.of("Europe/Berlin"), Settings.DEFAULTS);
    // [guide:journey]
    journeys.execute(
        journey,
        sam.id(),
        new PersonalCommand.CompleteInstrument(
            "csi-4", Map.of("1", 3, "2", 4, "3", 3, "4", 3), Visibility.PRIVATE));

    for (InstrumentFigures f : journeys.report(journey, sam.id()).orElseThrow().instruments()) {
      System.out.println(f.name() + ": " + f.baseline().total() + " -> " + f.latest().total());
    }
    // [/guide]
    assertThat(journeys.report(journey, sam.id()).orElseThrow().instruments()).hasSize(1);

    Instrument pulse =
        new Instrument(
            "pulse",
            "Weekly pulse",
            1,
            List.of(Item.of("calm", 0, 4, false), Item.of("close", 0, 4, false)),
            List.of(),
            Optional.of(
                new Total(
                    List.of("calm", "close"), Aggregation.SUM, 0, 8, Polarity.HIGHER_IS_BETTER)),
            List.of(),
            Optional.empty(),
            WordingLicence.SCORING_ONLY,
            List.of());
    // [guide:custom]
    Journeys ours = journeys.withInstruments(InstrumentCatalogue.standard().with(pulse));
    ours.execute(
        journey,
        sam.id(),
        new PersonalCommand.CompleteInstrument(
            "pulse", Map.of("calm", 4, "close", 3), Visibility.SHARED));
    // [/guide]
    assertThat(ours.report(journey, sam.id()).orElseThrow().instruments())
        .extracting(InstrumentFigures::instrument)
        .containsExactly("csi-4", "pulse");
  }

  @Test
  void everyCodeBlockOfTheGuideIsInThisTest() throws IOException {
    String guide =
        Files.readString(Path.of("..", "docs", "instruments.md"), StandardCharsets.UTF_8);
    String test =
        Files.readString(
            Path.of(
                "src",
                "test",
                "java",
                "org",
                "recovery",
                "core",
                "instrument",
                "InstrumentsGuideTest.java"),
            StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    while (m.find()) {
      blocks.add(m.group(1));
    }

    assertThat(blocks).hasSize(4);
    for (String block : blocks) {
      assertThat(squash(test))
          .as("the test holds this block of the guide:%n%s", block)
          .contains(squash(block));
    }
  }

  private static String squash(String code) {
    return code.replaceAll("\\s+", "");
  }
}
