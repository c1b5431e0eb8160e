package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The result records refuse values no indicator can produce, naming the field. */
class IndicatorValuesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

  @ParameterizedTest(name = "score {0} is refused")
  @ValueSource(doubles = {-0.000001, 1.000001, Double.NaN})
  void scoresOutsideZeroToOneAreRefused(double score) {
    assertThatThrownBy(() -> new WeightedScore(score, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("score");
    assertThatThrownBy(() -> new ScorePoint(DAY, score))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("score");
  }

  @ParameterizedTest(name = "weight {0} is refused")
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void weightsThatAreNotPositiveAndFiniteAreRefused(double weight) {
    assertThatThrownBy(() -> new WeightedScore(0.5, weight))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weight");
  }

  @Test
  void scoresAtTheEndsOfTheRangeAreAccepted() {
    assertThatCode(
            () -> {
              new WeightedScore(0, 0.5);
              new WeightedScore(1, 2);
            })
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "share {0} of {1} is refused, naming {2}")
  @CsvSource({"-1, 3, count", "0, -1, outOf", "4, 3, count must not exceed outOf"})
  void impossibleSharesAreRefused(int count, int outOf, String message) {
    assertThatThrownBy(() -> new Share(count, outOf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "kept share ({0}, {1}, {2}) is refused, naming {3}")
  @CsvSource({"-1, 0, 0, kept", "0, -1, 0, missed", "0, 0, -1, unreported"})
  void negativeKeptShareCountsAreRefused(int kept, int missed, int unreported, String field) {
    assertThatThrownBy(() -> new KeptShare(kept, missed, unreported))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  @Test
  void aStreakLongerThanTheLongestIsRefused() {
    assertThatThrownBy(() -> new Streak(3, 2, Optional.of(DAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("current");
  }

  @Test
  void aStreakEndDateGoesWithALongestStreakAboveZero() {
    assertThatThrownBy(() -> new Streak(0, 0, Optional.of(DAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("longestEndedOn");
    assertThatThrownBy(() -> new Streak(0, 2, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("longestEndedOn");
  }

  @ParameterizedTest(name = "comparison ({0}, {1}, {2}) is refused, naming {3}")
  @CsvSource({
    "-1, 0, 7, recentPerWeek",
    "0, NaN, 7, previousPerWeek",
    "Infinity, 0, 7, recentPerWeek",
    "0, 0, 0, days"
  })
  void impossibleComparisonsAreRefused(double recent, double previous, int days, String field) {
    assertThatThrownBy(() -> new WindowComparison(recent, previous, days, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }

  @Test
  void aTrendWithNegativeVolatilityOrAChangeWithoutABaselineIsRefused() {
    OptionalDouble none = OptionalDouble.empty();
    OptionalDouble five = OptionalDouble.of(5);
    assertThatThrownBy(() -> new RatingTrend(1, 1, five, none, OptionalDouble.of(-1), none, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("volatility");
    assertThatThrownBy(() -> new RatingTrend(1, 1, five, none, none, none, five))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("changeFromBaseline");
    assertThatThrownBy(() -> new RatingTrend(1, 2, none, none, none, none, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recentCount");
  }
}
