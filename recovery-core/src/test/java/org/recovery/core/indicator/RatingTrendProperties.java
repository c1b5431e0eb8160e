package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RatingTrendProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 30);

  @Provide
  Arbitrary<List<DatedRating>> series() {
    Arbitrary<DatedRating> rating =
        Combinators.combine(
                Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 10))
            .as((daysBefore, value) -> new DatedRating(AS_OF.minusDays(daysBefore), value));
    return rating.list().ofMaxSize(200);
  }

  @Property
  void aSeriesOnALineHasTheLinesWeeklySlope(
      @ForAll @IntRange(min = -100, max = 100) int a,
      @ForAll @IntRange(min = -10, max = 10) int b,
      @ForAll @IntRange(min = 2, max = 6) int weeks,
      @ForAll @IntRange(min = 0, max = 6) int lastDayBeforeAsOf) {
    // one rating a week, value a + b·k, the last one lastDayBeforeAsOf days before the as-of day
    LocalDate first = AS_OF.minusDays(lastDayBeforeAsOf).minusWeeks(weeks - 1L);
    List<DatedRating> values = new ArrayList<>();
    for (int k = 0; k < weeks; k++) {
      values.add(new DatedRating(first.plusWeeks(k), a + b * k));
    }

    assertThat(RatingTrend.of(values, AS_OF).slopePerWeek())
        .hasValueCloseTo((double) b, within(1e-9));
  }

  @Property
  void volatilityIsNeverNegativeAndTheLevelLiesWithinTheValues(
      @ForAll("series") List<DatedRating> values) {
    RatingTrend trend = RatingTrend.of(values, AS_OF);

    trend.volatility().ifPresent(v -> assertThat(v).isGreaterThanOrEqualTo(0));
    trend.level().ifPresent(level -> assertThat(level).isBetween(0.0, 10.0));
    trend.baseline().ifPresent(baseline -> assertThat(baseline).isBetween(0.0, 10.0));
    assertThat(trend.count()).isLessThanOrEqualTo(values.size());
  }

  @Property
  void theTrendDoesNotDependOnTheOrderOfTheRatings(
      @ForAll("series") List<DatedRating> values, @ForAll long seed) {
    List<DatedRating> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));

    RatingTrend trend = RatingTrend.of(values, AS_OF);
    RatingTrend again = RatingTrend.of(shuffled, AS_OF);

    assertThat(again.count()).isEqualTo(trend.count());
    assertThat(again.recentCount()).isEqualTo(trend.recentCount());
    assertSame(trend.level(), again.level());
    assertSame(trend.slopePerWeek(), again.slopePerWeek());
    assertSame(trend.volatility(), again.volatility());
    assertSame(trend.baseline(), again.baseline());
    assertSame(trend.changeFromBaseline(), again.changeFromBaseline());
  }

  /** Same presence, and the same value up to the rounding of a different summation order. */
  private static void assertSame(OptionalDouble expected, OptionalDouble actual) {
    assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertThat(actual.getAsDouble()).isCloseTo(expected.getAsDouble(), within(1e-9));
    }
  }

  @Property
  void ratingsAfterTheAsOfDayChangeNothing(
      @ForAll("series") List<DatedRating> values,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 10) Integer> future) {
    List<DatedRating> withFuture = new ArrayList<>(values);
    for (int i = 0; i < future.size(); i++) {
      withFuture.add(new DatedRating(AS_OF.plusDays(1 + i), future.get(i)));
    }

    assertThat(RatingTrend.of(withFuture, AS_OF)).isEqualTo(RatingTrend.of(values, AS_OF));
  }
}
