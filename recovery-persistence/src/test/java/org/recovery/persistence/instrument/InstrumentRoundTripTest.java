package org.recovery.persistence.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.core.instrument.Aggregation;
import org.recovery.core.instrument.CutOff;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Instruments;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.Polarity;
import org.recovery.core.instrument.ReliableChangeIndex;
import org.recovery.core.instrument.ResponseScale;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.Scoring;
import org.recovery.core.instrument.Subscale;
import org.recovery.core.instrument.Total;
import org.recovery.core.instrument.WordingLicence;
import org.recovery.persistence.model.JsonEdits;

class InstrumentRoundTripTest {

  static Stream<Instrument> shipped() {
    return Instruments.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void everyShippedDefinitionReadsBackEqualAfterWriting(Instrument instrument) {
    assertThat(InstrumentReader.read(InstrumentWriter.write(instrument))).isEqualTo(instrument);
  }

  @Test
  void everyShippedDefinitionIsCovered() {
    assertThat(shipped())
        .extracting(Instrument::id)
        .containsExactlyInAnyOrder(Instruments.CSI_4, Instruments.RDAS, Instruments.TRIM_18);
  }

  @Test
  void wordingAndLabelsAnAppSuppliesReadBackEqual() {
    Instrument csi4 =
        Instruments.csi4()
            .withWording(Map.of("1", "(item 1 as printed)", "4", "(item 4 – “quoted”)"))
            .withLabels(
                Map.of("1", Map.of(0, "(lowest)", 6, "(highest)"), "2", Map.of(3, "(mid)")));

    String json = InstrumentWriter.write(csi4);

    assertThat(InstrumentReader.read(json)).isEqualTo(csi4);
    assertThat(json).contains("\"labels\": {\n          \"0\": \"(lowest)\",\n");
  }

  @Test
  void writingIsStableAndLeavesOutWhatIsAbsent() {
    String once = InstrumentWriter.write(Instruments.trim18());

    assertThat(InstrumentWriter.write(InstrumentReader.read(once))).isEqualTo(once);
    assertThat(once).doesNotContain("\"total\"", "\"rci\"", "\"wording\"", "\"labels\"");
  }

  @Test
  void aPracticesOwnInstrumentReadsAsWritten() throws IOException {
    Instrument weekly;
    try (InputStream in = getClass().getResourceAsStream("/instrument/custom-instrument.json")) {
      weekly = InstrumentReader.read(in);
    }

    assertThat(weekly.id()).isEqualTo("harbour-weekly");
    assertThat(weekly.wordingLicence()).isEqualTo(WordingLicence.SHIPPED);
    assertThat(weekly.items()).hasSize(5);
    assertThat(weekly.item("safe"))
        .contains(
            new Item(
                "safe",
                Optional.of("This week I felt safe bringing up what hurts."),
                new ResponseScale(0, 4, Map.of(0, "Not at all", 2, "Somewhat", 4, "Completely")),
                false));
    assertThat(weekly.item("distant").orElseThrow().reverseKeyed()).isTrue();
    assertThat(weekly.item("hope").orElseThrow().scale()).isEqualTo(ResponseScale.of(0, 4));
    assertThat(weekly.subscales())
        .containsExactly(
            new Subscale("safety", "Safety", List.of("safe", "heard"), Aggregation.MEAN),
            new Subscale(
                "closeness",
                "Closeness",
                List.of("distant", "together", "hope"),
                Aggregation.MEAN));
    assertThat(weekly.total())
        .contains(
            new Total(
                List.of("safe", "heard", "distant", "together", "hope"),
                Aggregation.SUM,
                0,
                20,
                Polarity.HIGHER_IS_BETTER));
    assertThat(weekly.cutOffs())
        .containsExactly(
            new CutOff(
                "struggling",
                8,
                CutOff.Side.AT_OR_BELOW,
                "a hard week: talk about it in your next session"));
    assertThat(weekly.rci())
        .contains(
            new ReliableChangeIndex(
                4,
                Optional.of("struggling"),
                "Harbour practice audit, 2024 (our own clients, n = 212)"));
    assertThat(weekly.sources()).hasSize(1);
    assertThat(InstrumentReader.read(InstrumentWriter.write(weekly))).isEqualTo(weekly);
  }

  @Test
  void aPracticesOwnInstrumentScoresWithItsReverseKeyedItem() {
    Instrument weekly = InstrumentReader.read(JsonEdits.text("/instrument/custom-instrument.json"));

    Score score =
        (Score)
            Scoring.score(
                weekly, Map.of("safe", 2, "heard", 2, "distant", 4, "together", 1, "hope", 1));

    assertThat(score.total()).hasValue(6);
    assertThat(score.subscale("closeness")).hasValue(2.0 / 3);
    assertThat(score.flaggedBy("struggling")).isTrue();
  }
}
