package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.instrument.Answers.allMaximum;
import static org.recovery.core.instrument.Answers.allMinimum;
import static org.recovery.core.instrument.Answers.scored;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RDAS (Busby et al. 1995; cut-off and RCI from Anderson et al. 2014): 14 items, item 11 0–4, the
 * others 0–5; Consensus 1–6, Satisfaction 7–10, Cohesion 11–14; total 0–69.
 */
class RdasScoringTest {
  private final Instrument rdas = Instruments.rdas();

  private static Map<String, Integer> answers(int... values) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(Integer.toString(i + 1), values[i]);
    }
    return out;
  }

  @Test
  void allMinimumAnswersScoreZeroEverywhereAndAreDistressed() {
    Score score = scored(rdas, allMinimum(rdas));

    assertThat(score.total()).hasValue(0);
    assertThat(score.subscale("consensus")).hasValue(0);
    assertThat(score.subscale("satisfaction")).hasValue(0);
    assertThat(score.subscale("cohesion")).hasValue(0);
    assertThat(score.flaggedBy("distressed")).isTrue();
  }

  @Test
  void allMaximumAnswersScoreSixtyNineBecauseItemElevenStopsAtFour() {
    Score score = scored(rdas, allMaximum(rdas));

    assertThat(score.total()).hasValue(69);
    assertThat(score.subscale("consensus")).hasValue(30);
    assertThat(score.subscale("satisfaction")).hasValue(20);
    assertThat(score.subscale("cohesion")).hasValue(19);
    assertThat(score.classification()).isEmpty();
  }

  @Test
  void aMixedSetSumsEachSubscaleAndTheTotal() {
    // consensus 5+4+3+2+1+0 = 15; satisfaction 5+5+4+4 = 18; cohesion 2+3+1+0 = 6; total 39
    Score score = scored(rdas, answers(5, 4, 3, 2, 1, 0, 5, 5, 4, 4, 2, 3, 1, 0));

    assertThat(score.subscale("consensus")).hasValue(15);
    assertThat(score.subscale("satisfaction")).hasValue(18);
    assertThat(score.subscale("cohesion")).hasValue(6);
    assertThat(score.total()).hasValue(39);
  }

  @ParameterizedTest(name = "total {0}: distressed {1}")
  @CsvSource({"47, true", "48, false", "0, true", "69, false"})
  void totalsBelowTheCutOffOf47Point31AreDistressed(int total, boolean distressed) {
    Map<String, Integer> given = allMinimum(rdas);
    int left = total;
    for (var item : rdas.items()) {
      int answer = Math.min(left, item.scale().max());
      given.put(item.id(), answer);
      left -= answer;
    }

    Score score = scored(rdas, given);

    assertThat(score.total()).hasValue(total);
    assertThat(score.flaggedBy("distressed")).isEqualTo(distressed);
  }

  @Test
  void theRangesOfTheSubscalesFollowFromTheItems() {
    assertThat(rdas.rangeOf(rdas.subscale("consensus").orElseThrow()))
        .isEqualTo(new ScoreRange(0, 30));
    assertThat(rdas.rangeOf(rdas.subscale("cohesion").orElseThrow()))
        .isEqualTo(new ScoreRange(0, 19));
  }
}
