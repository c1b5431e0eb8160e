package org.recovery.core.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.common.PartnerId;

/**
 * The trend of one rating of one partner at an as-of day: where it is now, where it is heading, how
 * much it swings, and how far it has come from where it started.
 *
 * <p>Every figure is over daily values: when a day has several ratings, their mean is that day's
 * value; days without a rating are left out, not counted as zero. Ratings after the as-of day are
 * ignored. Each figure is taken over a window of days or weeks, so none jumps on one day's data.
 *
 * @param count the days with a rating on or before the as-of day
 * @param recentCount the days with a rating in the slope window
 * @param level the mean of the daily values in the level window; empty when it has none
 * @param slopePerWeek the least-squares change per week in the slope window; empty when fewer than
 *     two days in it have a rating
 * @param volatility the population standard deviation of the daily values in the slope window, at
 *     least 0; empty when it has none
 * @param baseline the mean of the daily values in the baseline window; empty until that window has
 *     ended on or before the as-of day
 * @param changeFromBaseline level − baseline; empty when either is
 */
public record RatingTrend(
    int count,
    int recentCount,
    OptionalDouble level,
    OptionalDouble slopePerWeek,
    OptionalDouble volatility,
    OptionalDouble baseline,
    OptionalDouble changeFromBaseline) {

  /**
   * Validates the trend.
   *
   * @throws NullPointerException if any optional is null
   * @throws IllegalArgumentException if a count is negative, {@code recentCount} exceeds {@code
   *     count}, {@code volatility} is negative, or {@code changeFromBaseline} is present without
   *     both {@code level} and {@code baseline}
   */
  public RatingTrend {
    Checks.notNegative("count", count);
    Checks.notNegative("recentCount", recentCount);
    if (recentCount > count) {
      throw new IllegalArgumentException(
          "recentCount must not exceed count, was " + recentCount + " > " + count);
    }
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(slopePerWeek, "slopePerWeek must not be null");
    Objects.requireNonNull(volatility, "volatility must not be null");
    Objects.requireNonNull(baseline, "baseline must not be null");
    Objects.requireNonNull(changeFromBaseline, "changeFromBaseline must not be null");
    if (volatility.isPresent() && !(volatility.getAsDouble() >= 0)) {
      throw new IllegalArgumentException(
          "volatility must not be negative, was " + volatility.getAsDouble());
    }
    if (changeFromBaseline.isPresent() && (level.isEmpty() || baseline.isEmpty())) {
      throw new IllegalArgumentException(
          "changeFromBaseline needs both a level and a baseline, had "
              + level
              + " and "
              + baseline);
    }
  }

  /**
   * Computes the trend with the {@link TrendWindows#DEFAULTS default windows}.
   *
   * @param values the ratings, in any order; several on one day are averaged
   * @param asOf the day the trend is for; later ratings are ignored
   * @return the trend
   * @throws NullPointerException if any argument or rating is null
   * @see #of(List, LocalDate, TrendWindows)
   */
  public static RatingTrend of(List<DatedRating> values, LocalDate asOf) {
    return of(values, asOf, TrendWindows.DEFAULTS);
  }

  /**
   * Computes the trend of daily values v(d) at {@code asOf}, with windows that include both ends:
   *
   * <ul>
   *   <li>level = mean of v(d) for d in [asOf − levelDays + 1, asOf];
   *   <li>slope window W = [w₀, asOf] with w₀ = asOf − 7·slopeWeeks + 1; with x(d) = (d − w₀) / 7
   *       in weeks, slopePerWeek = Σ (x − x̄)(v − v̄) / Σ (x − x̄)² over the days of W with a value
   *       (ordinary least squares; needs two such days);
   *   <li>volatility = √(Σ (v − v̄)² / n) over the n days of W with a value;
   *   <li>baseline = mean of v(d) for d in [d₀, d₀ + baselineDays − 1], d₀ the first rated day,
   *       reported once asOf ≥ d₀ + baselineDays − 1, so an unfinished baseline is never compared;
   *   <li>changeFromBaseline = level − baseline.
   * </ul>
   *
   * @param values the ratings, in any order; several on one day are averaged
   * @param asOf the day the trend is for; later ratings are ignored
   * @param windows the window lengths
   * @return the trend
   * @throws NullPointerException if any argument or rating is null
   */
  public static RatingTrend of(List<DatedRating> values, LocalDate asOf, TrendWindows windows) {
    Objects.requireNonNull(values, "values must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(windows, "windows must not be null");
    TreeMap<LocalDate, Double> daily = dailyMeans(values, asOf);
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
    LocalDate first = daily.firstKey();
    LocalDate baselineEnd = first.plusDays(windows.baselineDays() - 1L);
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

  /**
   * The first rated day, up to {@code asOf}, whose trend's {@link #changeFromBaseline()} is at
   * least {@code threshold}: the first day {@code d} among the ratings' days with {@code of(values,
   * d, windows).changeFromBaseline() >= threshold}, found from one set of daily means.
   *
   * @param values the ratings, in any order; several on one day are averaged
   * @param asOf the last day to look at
   * @param windows the window lengths
   * @param threshold the change from the baseline to reach
   * @return that day, or empty if the change was not reached by {@code asOf}
   */
  public static Optional<LocalDate> firstDayUpFromBaseline(
      List<DatedRating> values, LocalDate asOf, TrendWindows windows, double threshold) {
    Objects.requireNonNull(values, "values must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Objects.requireNonNull(windows, "windows must not be null");
    TreeMap<LocalDate, Double> daily = dailyMeans(values, asOf);
    if (daily.isEmpty()) {
      return Optional.empty();
    }
    LocalDate baselineEnd = daily.firstKey().plusDays(windows.baselineDays() - 1L);
    OptionalDouble baseline = Statistics.mean(valuesOf(daily.headMap(baselineEnd, true)));
    for (LocalDate day : daily.tailMap(baselineEnd, true).keySet()) {
      OptionalDouble level =
          Statistics.mean(
              valuesOf(daily.subMap(day.minusDays(windows.levelDays() - 1L), true, day, true)));
      if (level.isPresent()
          && baseline.isPresent()
          && level.getAsDouble() - baseline.getAsDouble() >= threshold) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * Picks one partner's ratings of one kind from check-ins, for {@link #of}.
   *
   * @param checkIns check-ins of either partner, in any order
   * @param partner whose ratings to take
   * @param kind which rating to take
   * @return the partner's ratings of that kind, in the order of {@code checkIns}
   * @throws NullPointerException if any argument or check-in is null
   */
  public static List<DatedRating> ratingsOf(
      List<CheckIn> checkIns, PartnerId partner, RatingKind kind) {
    Objects.requireNonNull(checkIns, "checkIns must not be null");
    Objects.requireNonNull(partner, "partner must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    List<DatedRating> ratings = new ArrayList<>();
    for (CheckIn checkIn : checkIns) {
      Objects.requireNonNull(checkIn, "checkIns must not contain null");
      if (checkIn.partner().equals(partner)) {
        ratings.add(new DatedRating(checkIn.day(), checkIn.ratings().of(kind)));
      }
    }
    return List.copyOf(ratings);
  }

  private static TreeMap<LocalDate, Double> dailyMeans(List<DatedRating> values, LocalDate asOf) {
    TreeMap<LocalDate, long[]> sums = new TreeMap<>();
    for (DatedRating rating : values) {
      Objects.requireNonNull(rating, "values must not contain null");
      if (!rating.day().isAfter(asOf)) {
        long[] sum = sums.computeIfAbsent(rating.day(), d -> new long[2]);
        sum[0] += rating.value();
        sum[1]++;
      }
    }
    TreeMap<LocalDate, Double> means = new TreeMap<>();
    sums.forEach((day, sum) -> means.put(day, (double) sum[0] / sum[1]));
    return means;
  }

  private static double[] valuesOf(Map<LocalDate, Double> days) {
    return days.values().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
