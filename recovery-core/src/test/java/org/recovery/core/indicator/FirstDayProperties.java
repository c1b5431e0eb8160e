package org.recovery.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;

/**
 * The one-pass searches for the first day a milestone was reached give the day their definitions
 * give, asking the indicator as of every day in turn (as milestones were found before); and a trend
 * computed from sorted arrays equals the one a sorted map of daily means gives, as it was computed
 * before.
 */
class FirstDayProperties {
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 6);

  @Provide
  Arbitrary<List<OccurrenceStatus>> occurrences() {
    List<CommitmentId> commitments = List.of(CommitmentId.random(), CommitmentId.random());
    return Combinators.combine(
            Arbitraries.of(commitments),
            Arbitraries.integers().between(0, 90),
            Arbitraries.of(OccurrenceOutcome.class))
        .as((commitment, day, outcome) -> Statuses.on(commitment, FIRST.plusDays(day), outcome))
        .list()
        .ofMaxSize(300);
  }

  @Provide
  Arbitrary<List<DatedRating>> ratings() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 10))
        .as((day, value) -> new DatedRating(FIRST.plusDays(day), value))
        .list()
        .ofMaxSize(250);
  }

  @Property(tries = 300)
  void theFirstStreakOfALengthIsTheFirstDayItsLongestStreakReachedIt(
      @ForAll("occurrences") List<OccurrenceStatus> all,
      @ForAll @IntRange(min = 1, max = 10) int length,
      @ForAll @IntRange(min = 0, max = 100) int asOfDay) {
    LocalDate asOf = FIRST.plusDays(asOfDay);

    Optional<LocalDate> byDefinition =
        all.stream()
            .map(o -> o.occurrence().due())
            .distinct()
            .sorted()
            .filter(d -> !d.isAfter(asOf))
            .filter(d -> Streaks.of(all, d).longest() >= length)
            .findFirst();

    assertThat(Streaks.firstReached(all, length, asOf)).isEqualTo(byDefinition);
  }

  @Property(tries = 300)
  void theFirstDayUpFromTheBaselineIsTheFirstDayWhoseTrendSaysSo(
      @ForAll("ratings") List<DatedRating> values,
      @ForAll @IntRange(min = 1, max = 14) int levelDays,
      @ForAll @IntRange(min = 2, max = 6) int slopeWeeks,
      @ForAll @IntRange(min = 1, max = 30) int baselineDays,
      @ForAll @DoubleRange(min = -3, max = 3) double threshold,
      @ForAll @IntRange(min = 0, max = 130) int asOfDay) {
    LocalDate asOf = FIRST.plusDays(asOfDay);
    TrendWindows windows = new TrendWindows(levelDays, slopeWeeks, baselineDays);

    Optional<LocalDate> byDefinition =
        values.stream()
            .map(DatedRating::day)
            .distinct()
            .sorted()
            .filter(d -> !d.isAfter(asOf))
            .filter(
                d -> {
                  RatingTrend trend = RatingTrend.of(values, d, windows);
                  return trend.changeFromBaseline().isPresent()
                      && trend.changeFromBaseline().getAsDouble() >= threshold;
                })
            .findFirst();

    assertThat(RatingTrend.firstDayUpFromBaseline(values, asOf, windows, threshold))
        .isEqualTo(byDefinition);
  }

  @Property(tries = 300)
  void aTrendEqualsTheTrendOfASortedMapOfDailyMeans(
      @ForAll("ratings") List<DatedRating> values,
      @ForAll @IntRange(min = 1, max = 14) int levelDays,
      @ForAll @IntRange(min = 1, max = 6) int slopeWeeks,
      @ForAll @IntRange(min = 1, max = 30) int baselineDays,
      @ForAll @IntRange(min = 0, max = 130) int asOfDay) {
    LocalDate asOf = FIRST.plusDays(asOfDay);
    TrendWindows windows = new TrendWindows(levelDays, slopeWeeks, baselineDays);

    assertThat(RatingTrend.of(values, asOf, windows))
        .isEqualTo(fromSortedMap(values, asOf, windows));
  }

  /** The trend as computed before, from a sorted map of daily means. */
  private static RatingTrend fromSortedMap(
      List<DatedRating> values, LocalDate asOf, TrendWindows windows) {
    TreeMap<LocalDate, long[]> sums = new TreeMap<>();
    for (DatedRating rating : values) {
      if (!rating.day().isAfter(asOf)) {
        long[] sum = sums.computeIfAbsent(rating.day(), d -> new long[2]);
        sum[0] += rating.value();
        sum[1]++;
      }
    }
    TreeMap<LocalDate, Double> daily = new TreeMap<>();
    sums.forEach((day, sum) -> daily.put(day, (double) sum[0] / sum[1]));
    if (daily.isEmpty()) {
      OptionalDouble none = OptionalDouble.empty();
      return new RatingTrend(0, 0, none, none, none, none, none);
    }
    OptionalDouble level =
        Statistics.mean(valuesOf(daily.tailMap(asOf.minusDays(windows.levelDays() - 1L), true)));
    LocalDate slopeStart = asOf.minusDays(7L * windows.slopeWeeks() - 1);
    Map<LocalDate, Double> recent = daily.tailMap(slopeStart, true);
    double[] y = valuesOf(recent);
    double[] x = new double[y.length];
    int i = 0;
    for (LocalDate day : recent.keySet()) {
      x[i++] = ChronoUnit.DAYS.between(slopeStart, day) / 7.0;
    }
    LocalDate baselineEnd = daily.firstKey().plusDays(windows.baselineDays() - 1L);
    OptionalDouble baseline =
        asOf.isBefore(baselineEnd)
            ? OptionalDouble.empty()
            : Statistics.mean(valuesOf(daily.headMap(baselineEnd, true)));
    OptionalDouble change =
        level.isPresent() && baseline.isPresent()
            ? OptionalDouble.of(level.getAsDouble() - baseline.getAsDouble())
            : OptionalDouble.empty();
    return new RatingTrend(
        daily.size(),
        y.length,
        level,
        Statistics.slope(x, y),
        Statistics.populationStandardDeviation(y),
        baseline,
        change);
  }

  private static double[] valuesOf(Map<LocalDate, Double> days) {
    return days.values().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
