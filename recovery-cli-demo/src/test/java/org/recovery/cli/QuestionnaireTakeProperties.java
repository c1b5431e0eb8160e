package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.Item;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.Scoring;
import org.recovery.core.instrument.SubscaleScore;

/**
 * Any valid answer set to a shipped questionnaire, given as values in item order or as ITEM=VALUE
 * pairs in any order, is recorded, and the report scores it exactly as {@link Scoring#score} does.
 */
class QuestionnaireTakeProperties {
  private static final JsonMapper JSON = new JsonMapper();
  private static Path directory;
  private static Harness cli;

  /** One completion: the questionnaire, the answers, and how they are written. */
  record Taken(Instrument instrument, Map<String, Integer> answers, boolean pairs, long seed) {
    List<String> arguments() {
      List<String> args = new ArrayList<>(List.of("questionnaire", "take", instrument.id()));
      List<String> values = new ArrayList<>();
      answers.forEach((item, value) -> values.add(pairs ? item + "=" + value : value.toString()));
      if (pairs) {
        Collections.shuffle(values, new Random(seed));
      }
      args.addAll(values);
      return args;
    }
  }

  @BeforeContainer
  static void journey() throws IOException {
    directory = Files.createTempDirectory("recovery-questionnaires");
    cli = new Harness(directory).started();
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 40)
  void aValidAnswerSetIsRecordedAndScoredAsTheDefinitionSays(@ForAll("completions") Taken taken)
      throws IOException {
    cli.clock.advance(Duration.ofMinutes(5));
    Harness.Run run = cli.as("Sam", taken.arguments().toArray(String[]::new));
    assertThat(run.code()).as(run.toString()).isZero();

    JsonNode report = JSON.readTree(cli.as("Sam", "report", "--format", "json").out());
    JsonNode latest = null;
    for (JsonNode i : report.get("instruments")) {
      if (i.get("instrument").asText().equals(taken.instrument().id())) {
        latest = i.get("latest");
      }
    }
    assertThat(latest).as(report.toString()).isNotNull();
    Score expected = (Score) Scoring.score(taken.instrument(), taken.answers());
    if (expected.total().isPresent()) {
      assertThat(latest.get("total").asDouble()).isEqualTo(expected.total().getAsDouble());
    } else {
      assertThat(latest.get("total").isNull()).isTrue();
    }
    List<Double> subscales = new ArrayList<>();
    latest.get("subscales").forEach(s -> subscales.add(s.get("value").asDouble()));
    assertThat(subscales)
        .isEqualTo(expected.subscales().stream().map(SubscaleScore::value).toList());
    assertThat(latest.get("at").asText()).isEqualTo(cli.clock.instant().toString());
  }

  @Provide
  Arbitrary<Taken> completions() {
    Arbitrary<Instrument> instruments = Arbitraries.of(InstrumentCatalogue.standard().latest());
    return instruments.flatMap(
        instrument ->
            Combinators.combine(
                    answers(instrument), Arbitraries.of(true, false), Arbitraries.longs())
                .as((answers, pairs, seed) -> new Taken(instrument, answers, pairs, seed)));
  }

  private static Arbitrary<Map<String, Integer>> answers(Instrument instrument) {
    List<Arbitrary<Integer>> each = new ArrayList<>();
    for (Item item : instrument.items()) {
      each.add(Arbitraries.integers().between(item.scale().min(), item.scale().max()));
    }
    return Combinators.combine(each)
        .as(
            values -> {
              Map<String, Integer> answers = new LinkedHashMap<>();
              for (int k = 0; k < values.size(); k++) {
                answers.put(instrument.items().get(k).id(), values.get(k));
              }
              return answers;
            });
  }
}
