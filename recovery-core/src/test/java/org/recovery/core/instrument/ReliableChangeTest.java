package org.recovery.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.instrument.ReliableChange.Direction;
import org.recovery.core.instrument.ReliableChange.Verdict;

/** Jacobson & Truax on the RDAS: RCI 11.58 and cut-off 47.31 (Anderson et al. 2014). */
class ReliableChangeTest {
  private final Instrument rdas = Instruments.rdas();

  @ParameterizedTest(name = "{0} -> {1}: {2}, {3}, clinically significant {4}")
  @CsvSource({
    "40, 51, IMPROVED, WITHIN_MEASUREMENT_ERROR, false",
    "40, 52, IMPROVED, RELIABLE, true",
    "36, 47, IMPROVED, WITHIN_MEASUREMENT_ERROR, false",
    "30, 45, IMPROVED, RELIABLE, false",
    "50, 62, IMPROVED, RELIABLE, false",
    "52, 40, WORSENED, RELIABLE, false",
    "51, 40, WORSENED, WITHIN_MEASUREMENT_ERROR, false",
    "47, 47, UNCHANGED, WITHIN_MEASUREMENT_ERROR, false"
  })
  void aChangeOfTwelveIsReliableAndCrossingTheCutOffUpwardsIsClinicallySignificant(
      double baseline, double latest, Direction direction, Verdict verdict, boolean significant) {
    ReliableChange change = ReliableChange.between(rdas, baseline, latest);

    assertThat(change.change()).isEqualTo(latest - baseline);
    assertThat(change.direction()).isEqualTo(direction);
    assertThat(change.verdict()).isEqualTo(verdict);
    assertThat(change.reliable()).isEqualTo(verdict == Verdict.RELIABLE);
    assertThat(change.clinicallySignificant()).isEqualTo(significant);
  }

  @Test
  void withoutAPublishedIndexReliabilityIsNotJudged() {
    ReliableChange change = ReliableChange.between(Instruments.csi4(), 8, 20);

    assertThat(change.verdict()).isEqualTo(Verdict.NO_PUBLISHED_INDEX);
    assertThat(change.reliable()).isFalse();
    assertThat(change.clinicallySignificant()).isFalse();
    assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
  }

  @Test
  void onALowerIsBetterTotalFallingIsTheImprovement() {
    ReliableChange change = ReliableChange.between(ScoringTest.PRACTICE, 22, 15);

    assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
    assertThat(change.reliable()).isTrue();
    assertThat(change.clinicallySignificant()).isTrue();
    assertThat(ReliableChange.between(ScoringTest.PRACTICE, 15, 22).clinicallySignificant())
        .isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}: reliable {2}")
  @CsvSource({"22, 18, true", "22, 19, false", "10, 14, true", "10, 13, false"})
  void aChangeExactlyTheSizeOfTheIndexIsReliable(double baseline, double latest, boolean reliable) {
    assertThat(ReliableChange.between(ScoringTest.PRACTICE, baseline, latest).reliable())
        .isEqualTo(reliable);
  }

  @Test
  void scoresOutsideTheRangeOrWithoutATotalAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReliableChange.between(rdas, 0, 70))
        .withMessage("latest total 70.0 lies outside the range 0.0 to 69.0 of rdas");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReliableChange.between(Instruments.trim18(), 20, 10))
        .withMessage("instrument trim-18 has no total score to compare");
    Score csi = Answers.scored(Instruments.csi4(), Answers.allMinimum(Instruments.csi4()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReliableChange.between(rdas, csi, csi))
        .withMessage("baseline is a score of csi-4, not of rdas");
  }
}
