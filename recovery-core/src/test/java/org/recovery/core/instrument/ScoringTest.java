package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.instrument.Answers.answers;
import static org.recovery.core.instrument.Answers.refused;
import static org.recovery.core.instrument.Answers.scored;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generic scoring on a practice's own instrument: five items 1–5, items "c" and "e" reverse-keyed,
 * a MEAN subscale and a SUM total from 5 to 25 where lower is better.
 */
class ScoringTest {
  static final Instrument PRACTICE =
      new Instrument(
          "practice-check",
          "Practice check",
          2,
          List.of(
              Item.of("a", 1, 5, false),
              Item.of("b", 1, 5, false),
              Item.of("c", 1, 5, true),
              Item.of("d", 1, 5, false),
              Item.of("e", 1, 5, true)),
          List.of(new Subscale("worry", "Worry", List.of("a", "c"), Aggregation.MEAN)),
          Optional.of(
              new Total(
                  List.of("a", "b", "c", "d", "e"),
                  Aggregation.SUM,
                  5,
                  25,
                  Polarity.LOWER_IS_BETTER)),
          List.of(
              new CutOff("high", 20, CutOff.Side.AT_OR_ABOVE, "a lot of strain"),
              new CutOff("low", 8, CutOff.Side.AT_OR_BELOW, "little strain")),
          Optional.of(new ReliableChangeIndex(4, Optional.of("high"), "the practice's own norms")),
          WordingLicence.SCORING_ONLY,
          List.of());

  @Test
  void aReverseKeyedAnswerScoresMinPlusMaxMinusTheAnswer() {
    // a 5, b 4, c 2 -> 4, d 3, e 1 -> 5: total 5 + 4 + 4 + 3 + 5 = 21; worry (5 + 4) / 2 = 4.5
    Score score = scored(PRACTICE, answers("a", 5, "b", 4, "c", 2, "d", 3, "e", 1));

    assertThat(score.total()).hasValue(21);
    assertThat(score.subscale("worry")).hasValue(4.5);
    assertThat(score.classification()).extracting(CutOff::id).containsExactly("high");
    assertThat(score.version()).isEqualTo(2);
  }

  @Test
  void allMinimumAnswersReverseToTheMaximumOnReverseKeyedItems() {
    Score score = scored(PRACTICE, answers("a", 1, "b", 1, "c", 1, "d", 1, "e", 1));

    assertThat(score.total()).hasValue(1 + 1 + 5 + 1 + 5);
    assertThat(score.subscale("worry")).hasValue(3);
  }

  @ParameterizedTest(name = "total {0}: high {1}, low {2}")
  @CsvSource({"19, false, false", "20, true, false", "8, false, true", "9, false, false"})
  void cutOffsFlagTheirSideIncludingTheThresholdWhereTheySaySo(
      int total, boolean high, boolean low) {
    // every item starts at its lowest score, 1 (c and e reversed); then raise them in turn
    var given = answers("a", 1, "b", 1, "c", 5, "d", 1, "e", 5);
    int rest = total - 5;
    for (String id : List.of("a", "b", "d")) {
      int add = Math.min(rest, 4);
      given.put(id, 1 + add);
      rest -= add;
    }
    for (String id : List.of("c", "e")) {
      int add = Math.min(rest, 4);
      given.put(id, 5 - add);
      rest -= add;
    }

    Score score = scored(PRACTICE, given);

    assertThat(score.total()).hasValue(total);
    assertThat(score.flaggedBy("high")).isEqualTo(high);
    assertThat(score.flaggedBy("low")).isEqualTo(low);
  }

  @Test
  void aMissingAnswerIsRefusedNamingTheFirstUnansweredItem() {
    Refusal refusal = refused(PRACTICE, answers("a", 1, "c", 1, "e", 1));

    assertThat(refusal.problem()).isEqualTo(Refusal.Problem.MISSING_ANSWER);
    assertThat(refusal.item()).isEqualTo("b");
    assertThat(refusal.message())
        .isEqualTo("Item b of Practice check has no answer; every item needs one.");
  }

  @Test
  void anAnswerToAnUnknownItemIsRefusedBeforeAnythingElse() {
    Refusal refusal = refused(PRACTICE, answers("z", 3, "a", 9, "y", 1));

    assertThat(refusal.problem()).isEqualTo(Refusal.Problem.UNKNOWN_ITEM);
    assertThat(refusal.item()).isEqualTo("y");
    assertThat(refusal.message()).isEqualTo("Practice check has no item \"y\".");
  }

  @Test
  void aNullAnswerCountsAsMissing() {
    var given = answers("a", 1, "b", 1, "c", 1, "d", 1, "e", 1);
    given.put("d", null);

    assertThat(refused(PRACTICE, given).problem()).isEqualTo(Refusal.Problem.MISSING_ANSWER);
  }

  @Test
  void anInstrumentWithoutATotalScoresOnlyItsSubscales() {
    Instrument noTotal =
        new Instrument(
            "pair",
            "Pair",
            1,
            List.of(Item.of("x", 0, 3, false), Item.of("y", 0, 3, true)),
            List.of(new Subscale("both", "Both", List.of("x", "y"), Aggregation.SUM)),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            WordingLicence.SCORING_ONLY,
            List.of());

    Score score = scored(noTotal, answers("x", 3, "y", 3));

    assertThat(score.total()).isEmpty();
    assertThat(score.subscale("both")).hasValue(3);
    assertThat(score.subscale("other")).isEmpty();
  }
}
