package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.instrument.Answers.allMaximum;
import static org.recovery.core.instrument.Answers.allMinimum;
import static org.recovery.core.instrument.Answers.refused;
import static org.recovery.core.instrument.Answers.scored;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** TRIM-18: 18 items 1–5; Avoidance (7), Revenge (5), Benevolence (6) sums; no total. */
class Trim18ScoringTest {
  private final Instrument trim = Instruments.trim18();

  @Test
  void allMinimumAnswersGiveEachSubscaleItsNumberOfItems() {
    Score score = scored(trim, allMinimum(trim));

    assertThat(score.subscale("avoidance")).hasValue(7);
    assertThat(score.subscale("revenge")).hasValue(5);
    assertThat(score.subscale("benevolence")).hasValue(6);
    assertThat(score.total()).isEmpty();
    assertThat(score.classification()).isEmpty();
  }

  @Test
  void allMaximumAnswersGiveFiveTimesTheNumberOfItems() {
    Score score = scored(trim, allMaximum(trim));

    assertThat(score.subscale("avoidance")).hasValue(35);
    assertThat(score.subscale("revenge")).hasValue(25);
    assertThat(score.subscale("benevolence")).hasValue(30);
  }

  @Test
  void aMixedSetSumsEachSubscaleWithNothingReversed() {
    Map<String, Integer> given = allMinimum(trim);
    given.putAll(
        Map.of(
            "avoidance-1",
            5,
            "avoidance-4",
            3,
            "revenge-2",
            2,
            "revenge-5",
            4,
            "benevolence-1",
            5,
            "benevolence-6",
            4));

    Score score = scored(trim, given);

    assertThat(score.subscale("avoidance")).hasValue(7 + 4 + 2); // 5 ones, a 5 and a 3
    assertThat(score.subscale("revenge")).hasValue(5 + 1 + 3);
    assertThat(score.subscale("benevolence")).hasValue(6 + 4 + 3);
  }

  @Test
  void anAnswerOfZeroIsBelowTheScale() {
    Map<String, Integer> given = allMinimum(trim);
    given.put("revenge-3", 0);

    assertThat(refused(trim, given).message())
        .isEqualTo(
            "Item revenge-3 of Transgression-Related Interpersonal Motivations Inventory"
                + " (TRIM-18) takes an answer from 1 to 5; 0 is outside the scale.");
  }

  @Test
  void theSubscalesHaveTheirPublishedSizes() {
    assertThat(trim.items()).hasSize(18);
    assertThat(trim.subscales()).extracting(s -> s.items().size()).containsExactly(7, 5, 6);
    assertThat(trim.rangeOf(trim.subscale("benevolence").orElseThrow()))
        .isEqualTo(new ScoreRange(6, 30));
  }
}
