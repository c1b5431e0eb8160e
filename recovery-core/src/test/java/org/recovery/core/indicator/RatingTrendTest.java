package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;

/** Golden values for rating trends; hand computations in the comments. */
class RatingTrendTest {
  private static final double EPS = 1e-9;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static DatedRating rating(LocalDate day, int value) {
    return new DatedRating(day, value);
  }

  @Test
  void aConstantSeriesHasNoSlopeAndNoVolatility() {
    List<DatedRating> values = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      values.add(rating(START.plusDays(d), 6));
    }

    RatingTrend trend = RatingTrend.of(values, START.plusDays(59));

    assertThat(trend.count()).isEqualTo(60);
    assertThat(trend.recentCount()).isEqualTo(42);
    assertThat(trend.level()).hasValueCloseTo(6.0, within(EPS));
    assertThat(trend.slopePerWeek()).hasValueCloseTo(0.0, within(EPS));
    assertThat(trend.volatility()).hasValueCloseTo(0.0, within(EPS));
    assertThat(trend.baseline()).hasValueCloseTo(6.0, within(EPS));
    assertThat(trend.changeFromBaseline()).hasValueCloseTo(0.0, within(EPS));
  }

  @Test
  void aWeeklySeriesRisingOnePointAWeekHasASlopeOfOne() {
    // values 2, 3, ..., 10 on START + 7k; the six-week window [asOf − 41, asOf] holds k = 3..8
    List<DatedRating> values = new ArrayList<>();
    for (int k = 0; k <= 8; k++) {
      values.add(rating(START.plusWeeks(k), 2 + k));
    }

    RatingTrend trend = RatingTrend.of(values, START.plusWeeks(8));

    assertThat(trend.recentCount()).isEqualTo(6);
    assertThat(trend.slopePerWeek()).hasValueCloseTo(1.0, within(EPS));
    // level: the last 14 days hold k = 7, 8: (9 + 10) / 2; baseline: the first 14 days, k = 0, 1
    assertThat(trend.level()).hasValueCloseTo(9.5, within(EPS));
    assertThat(trend.baseline()).hasValueCloseTo(2.5, within(EPS));
    assertThat(trend.changeFromBaseline()).hasValueCloseTo(7.0, within(EPS));
    // volatility of 5..10: population variance (n² − 1) / 12 with n = 6 is 35/12
    assertThat(trend.volatility()).hasValueCloseTo(Math.sqrt(35.0 / 12), within(EPS));
  }

  @Test
  void aDailySeriesRisingOnePointADayRisesSevenAWeek() {
    List<DatedRating> values = new ArrayList<>();
    for (int d = 0; d < 50; d++) {
      values.add(rating(START.plusDays(d), d - 20));
    }

    assertThat(RatingTrend.of(values, START.plusDays(49)).slopePerWeek())
        .hasValueCloseTo(7.0, within(EPS));
  }

  @Test
  void aSmallSeriesMatchesItsHandComputation() {
    // windows: level 14 days, slope 3 weeks, baseline 7 days; asOf = s + 20 where s = w₀
    LocalDate s = LocalDate.of(2024, 5, 6);
    List<DatedRating> values =
        List.of(
            rating(s.minusDays(7), 1), // baseline window [s − 7, s − 1]: baseline 1
            rating(s, 2), // x = 0, y = 2
            rating(s.plusDays(7), 5), // x = 1, y = (5 + 6) / 2 = 5.5
            rating(s.plusDays(7), 6),
            rating(s.plusDays(14), 5), // x = 2, y = 5
            rating(s.plusDays(21), 0)); // after asOf: ignored

    RatingTrend trend = RatingTrend.of(values, s.plusDays(20), new TrendWindows(14, 3, 7));

    assertThat(trend.count()).isEqualTo(4);
    assertThat(trend.recentCount()).isEqualTo(3);
    // level window [s + 7, s + 20]: (5.5 + 5) / 2
    assertThat(trend.level()).hasValueCloseTo(5.25, within(EPS));
    // x̄ = 1, ȳ = 12.5/3; Σ(x − x̄)(y − ȳ) = −(2 − ȳ) + (5 − ȳ) = 3; Σ(x − x̄)² = 2; slope 1.5
    assertThat(trend.slopePerWeek()).hasValueCloseTo(1.5, within(EPS));
    // variance = Σy²/n − ȳ² = 59.25/3 − 156.25/9 = 21.5/9; sd = √21.5 / 3 = 1.5456030...
    assertThat(trend.volatility()).hasValueCloseTo(Math.sqrt(21.5) / 3, within(EPS));
    assertThat(trend.volatility()).hasValueCloseTo(1.5456030825826172, within(EPS));
    assertThat(trend.baseline()).hasValueCloseTo(1.0, within(EPS));
    assertThat(trend.changeFromBaseline()).hasValueCloseTo(4.25, within(EPS));
  }

  @ParameterizedTest(name = "a rating {0} days before the as-of day is in the 14-day level: {1}")
  @CsvSource({"0, true", "13, true", "14, false"})
  void theLevelWindowHoldsTheLastLevelDaysUpToTheAsOfDay(int daysBefore, boolean inside) {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    List<DatedRating> values =
        List.of(rating(asOf.minusDays(daysBefore), 8), rating(asOf.minusDays(40), 2));

    RatingTrend trend = RatingTrend.of(values, asOf);

    if (inside) {
      assertThat(trend.level()).hasValueCloseTo(8.0, within(EPS));
    } else {
      assertThat(trend.level()).isEmpty();
    }
  }

  @ParameterizedTest(name = "a rating {0} days before the as-of day is in the 6-week slope: {1}")
  @CsvSource({"41, 2", "42, 1"})
  void theSlopeWindowHoldsTheLastSixWeeksUpToTheAsOfDay(int daysBefore, int recent) {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    List<DatedRating> values = List.of(rating(asOf.minusDays(daysBefore), 3), rating(asOf, 5));

    RatingTrend trend = RatingTrend.of(values, asOf);

    assertThat(trend.recentCount()).isEqualTo(recent);
    assertThat(trend.slopePerWeek().isPresent()).isEqualTo(recent == 2);
  }

  @ParameterizedTest(name = "on day {0} of the journey the 14-day baseline is ready: {1}")
  @CsvSource({"12, false", "13, true", "30, true"})
  void theBaselineIsReportedOnlyOnceItsWindowHasEnded(int day, boolean ready) {
    List<DatedRating> values = new ArrayList<>();
    for (int d = 0; d <= day; d++) {
      values.add(rating(START.plusDays(d), d < 14 ? 4 : 7));
    }

    RatingTrend trend = RatingTrend.of(values, START.plusDays(day));

    assertThat(trend.baseline().isPresent()).isEqualTo(ready);
    assertThat(trend.changeFromBaseline().isPresent()).isEqualTo(ready);
    if (ready) {
      assertThat(trend.baseline()).hasValueCloseTo(4.0, within(EPS));
    }
  }

  @Test
  void oneRatedDayHasALevelAndNoSlope() {
    RatingTrend trend = RatingTrend.of(List.of(rating(START, 7)), START);

    assertThat(trend.level()).hasValueCloseTo(7.0, within(EPS));
    assertThat(trend.slopePerWeek()).isEmpty();
    assertThat(trend.volatility()).hasValueCloseTo(0.0, within(EPS));
    assertThat(trend.baseline()).isEmpty();
  }

  @Test
  void twoRatingsOnOneDayCountAsOneDayAtTheirMean() {
    RatingTrend trend = RatingTrend.of(List.of(rating(START, 3), rating(START, 6)), START);

    assertThat(trend.count()).isEqualTo(1);
    assertThat(trend.slopePerWeek()).isEmpty();
    assertThat(trend.level()).hasValueCloseTo(4.5, within(EPS));
  }

  @Test
  void noRatingsGiveAnEmptyTrend() {
    RatingTrend trend = RatingTrend.of(List.of(rating(START.plusDays(1), 5)), START);

    assertThat(trend.count()).isZero();
    assertThat(trend.level()).isEmpty();
    assertThat(trend.slopePerWeek()).isEmpty();
    assertThat(trend.volatility()).isEmpty();
    assertThat(trend.baseline()).isEmpty();
    assertThat(trend.changeFromBaseline()).isEmpty();
  }

  @Test
  void ratingsOfPicksOnePartnersRatingOfOneKind() {
    PartnerId sam = PartnerId.random();
    PartnerId alex = PartnerId.random();
    List<CheckIn> checkIns =
        List.of(
            new CheckIn(
                CheckInId.random(),
                sam,
                START,
                new Ratings(3, 4, 5, 6),
                false,
                false,
                0,
                Visibility.SHARED),
            new CheckIn(
                CheckInId.random(),
                alex,
                START,
                new Ratings(9, 9, 9, 9),
                false,
                false,
                0,
                Visibility.SHARED));

    assertThat(RatingTrend.ratingsOf(checkIns, sam, RatingKind.TRUST))
        .containsExactly(rating(START, 4));
    assertThat(RatingTrend.ratingsOf(checkIns, sam, RatingKind.EMOTIONAL_SAFETY))
        .containsExactly(rating(START, 3));
  }

  @Test
  void theDefaultWindowsAreTwoWeeksSixWeeksAndTwoWeeks() {
    assertThat(TrendWindows.DEFAULTS).isEqualTo(new TrendWindows(14, 6, 14));
  }

  @ParameterizedTest(name = "windows ({0}, {1}, {2}) are refused, naming {3}")
  @CsvSource({"0, 6, 14, levelDays", "14, 0, 14, slopeWeeks", "14, 6, -1, baselineDays"})
  void windowsShorterThanOneAreRefused(int level, int slope, int baseline, String field) {
    assertThatThrownBy(() -> new TrendWindows(level, slope, baseline))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be at least 1");
  }
}
