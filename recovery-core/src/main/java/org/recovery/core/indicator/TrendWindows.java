package org.recovery.core.indicator;

/**
 * The windows a {@link RatingTrend} is taken over, in whole days or weeks, each at least 1.
 *
 * @param levelDays the recent level is the mean of the last {@code levelDays} days up to the as-of
 *     day, both ends included
 * @param slopeWeeks slope and volatility are taken over the last {@code slopeWeeks · 7} days up to
 *     the as-of day, both ends included
 * @param baselineDays the baseline is the mean of the first {@code baselineDays} days from the
 *     first rated day, both ends included
 */
public record TrendWindows(int levelDays, int slopeWeeks, int baselineDays) {

  /** The defaults: a two-week level, a six-week slope, a two-week baseline. */
  public static final TrendWindows DEFAULTS = new TrendWindows(14, 6, 14);

  /** Validates the windows. @throws IllegalArgumentException if any is less than 1 */
  public TrendWindows {
    Checks.positive("levelDays", levelDays);
    Checks.positive("slopeWeeks", slopeWeeks);
    Checks.positive("baselineDays", baselineDays);
  }
}
