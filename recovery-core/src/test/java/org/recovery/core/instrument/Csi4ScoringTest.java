package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.instrument.Answers.allMaximum;
import static org.recovery.core.instrument.Answers.allMinimum;
import static org.recovery.core.instrument.Answers.answers;
import static org.recovery.core.instrument.Answers.refused;
import static org.recovery.core.instrument.Answers.scored;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSI-4 (Funk & Rogge 2007): item 1 0–6, items 2–4 0–5, total 0–21, below 13.5 flagged. */
class Csi4ScoringTest {
  private final Instrument csi4 = Instruments.csi4();

  @Test
  void allMinimumAnswersScoreZeroAndAreFlaggedAsDissatisfied() {
    Score score = scored(csi4, allMinimum(csi4));

    assertThat(score.total()).hasValue(0);
    assertThat(score.flaggedBy("dissatisfied")).isTrue();
  }

  @Test
  void allMaximumAnswersScoreTwentyOne() {
    Score score = scored(csi4, allMaximum(csi4));

    assertThat(score.total()).hasValue(21);
    assertThat(score.classification()).isEmpty();
  }

  @Test
  void aMixedSetIsTheSumOfItsAnswersWithNothingReversed() {
    // 4 + 3 + 2 + 5 = 14: the printed values of the CSI already run the right way.
    Score score = scored(csi4, answers("1", 4, "2", 3, "3", 2, "4", 5));

    assertThat(score.total()).hasValue(14);
    assertThat(score.subscales()).isEmpty();
    assertThat(score.instrument()).isEqualTo("csi-4");
    assertThat(score.version()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}, flagged {5}")
  @CsvSource({
    "3, 4, 3, 3, 13, true",
    "4, 4, 3, 3, 14, false",
    "6, 5, 2, 0, 13, true",
    "0, 5, 5, 4, 14, false"
  })
  void totalsBelowThirteenAndAHalfAreFlagged(
      int a1, int a2, int a3, int a4, double total, boolean flagged) {
    Score score = scored(csi4, answers("1", a1, "2", a2, "3", a3, "4", a4));

    assertThat(score.total()).hasValue(total);
    assertThat(score.flaggedBy("dissatisfied")).isEqualTo(flagged);
  }

  @ParameterizedTest(name = "item {0} answered {1}")
  @CsvSource({"1, 7", "1, -1", "2, 6", "4, 6", "3, -1"})
  void anAnswerOffItsItemsScaleIsRefusedNamingTheItem(String item, int answer) {
    var given = answers("1", 3, "2", 3, "3", 3, "4", 3);
    given.put(item, answer);

    Refusal refusal = refused(csi4, given);

    assertThat(refusal.problem()).isEqualTo(Refusal.Problem.OUTSIDE_SCALE);
    assertThat(refusal.item()).isEqualTo(item);
    assertThat(refusal.message())
        .startsWith("Item " + item + " of Couples Satisfaction Index")
        .contains(answer + " is outside the scale");
  }

  @Test
  void itemOneTakesSixButTheOthersDoNot() {
    assertThat(scored(csi4, answers("1", 6, "2", 0, "3", 0, "4", 0)).total()).hasValue(6);
    assertThat(refused(csi4, answers("1", 0, "2", 6, "3", 0, "4", 0)).message())
        .contains("from 0 to 5");
  }
}
