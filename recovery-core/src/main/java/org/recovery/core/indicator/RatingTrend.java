package org.recovery.core.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
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
    Daily daily = Daily.of(values, asOf);
    if (daily.size() == 0) {
      OptionalDouble none = OptionalDouble.empty();
      return new RatingTrend(0, 0, none, none, none, none, none);
    }
    OptionalDouble level =
        Statistics.mean(
            daily.means(daily.from(asOf.minusDays(windows.levelDays() - 1L)), daily.size()));
    LocalDate slopeStart = asOf.minusDays(7L * windows.slopeWeeks() - 1);
    int recent = daily.from(slopeStart);
    double[] y = daily.means(recent, daily.size());
    double[] x = new double[y.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = ChronoUnit.DAYS.between(slopeStart, daily.day(recent + i)) / 7.0;
    }
    LocalDate baselineEnd = daily.day(0).plusDays(windows.baselineDays() - 1L);
    OptionalDouble baseline =
        asOf.isBefore(baselineEnd)
            ? OptionalDouble.empty()
            : Statistics.mean(daily.means(0, daily.through(baselineEnd)));
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
    Daily daily = Daily.of(values, asOf);
    if (daily.size() == 0) {
      return Optional.empty();
    }
    LocalDate baselineEnd = daily.day(0).plusDays(windows.baselineDays() - 1L);
    OptionalDouble baseline = Statistics.mean(daily.means(0, daily.through(baselineEnd)));
    for (int i = daily.from(baselineEnd); i < daily.size(); i++) {
      LocalDate day = daily.day(i);
      OptionalDouble level =
          Statistics.mean(daily.means(daily.from(day.minusDays(windows.levelDays() - 1L)), i + 1));
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

  /**
   * The mean rating of each rated day up to an as-of day, in day order: sorted arrays searched by
   * day, where a sorted map was built per trend before.
   */
  private static final class Daily {
    private final LocalDate[] days;
    private final double[] means;

    private Daily(LocalDate[] days, double[] means) {
      this.days = days;
      this.means = means;
    }

    /** The daily means of {@code values} up to {@code asOf}; several on one day are averaged. */
    static Daily of(List<DatedRating> values, LocalDate asOf) {
      DatedRating[] kept = new DatedRating[values.size()];
      int n = 0;
      boolean sorted = true;
      for (DatedRating rating : values) {
        Objects.requireNonNull(rating, "values must not contain null");
        if (!rating.day().isAfter(asOf)) {
          if (n > 0 && rating.day().isBefore(kept[n - 1].day())) {
            sorted = false;
          }
          kept[n++] = rating;
        }
      }
      if (!sorted) {
        Arrays.sort(kept, 0, n, Comparator.comparing(DatedRating::day));
      }
      LocalDate[] days = new LocalDate[n];
      double[] means = new double[n];
      int size = 0;
      for (int i = 0; i < n; ) {
        LocalDate day = kept[i].day();
        long sum = 0;
        long count = 0;
        for (; i < n && kept[i].day().equals(day); i++) {
          sum += kept[i].value();
          count++;
        }
        days[size] = day;
        means[size++] = (double) sum / count;
      }
      return new Daily(Arrays.copyOf(days, size), Arrays.copyOf(means, size));
    }

    int size() {
      return days.length;
    }

    LocalDate day(int index) {
      return days[index];
    }

    /** The index of the first day on or after {@code day}. */
    int from(LocalDate day) {
      int at = Arrays.binarySearch(days, day);
      return at >= 0 ? at : -at - 1;
    }

    /** The index after the last day on or before {@code day}. */
    int through(LocalDate day) {
      int at = Arrays.binarySearch(days, day);
      return at >= 0 ? at + 1 : -at - 1;
    }

    /** The means of the days from index {@code from} (inclusive) to {@code to} (exclusive). */
    double[] means(int from, int to) {
      return Arrays.copyOfRange(means, from, Math.max(from, to));
    }
  }
}
