package org.recovery.core.indicator;

/**
 * A per-week rate over the most recent window of days against the same number of days just before
 * it, such as reactive outbursts over the last four weeks against the four before.
 *
 * @param recentPerWeek the rate in the recent window, finite and at least 0
 * @param previousPerWeek the rate in the previous window, finite and at least 0
 * @param days the length of each window in days, at least 1
 * @param recentCheckIns how many check-ins the recent window holds, at least 0
 * @param previousCheckIns how many check-ins the previous window holds, at least 0
 */
public record WindowComparison(
    double recentPerWeek,
    double previousPerWeek,
    int days,
    int recentCheckIns,
    int previousCheckIns) {

  /**
   * Validates the comparison.
   *
   * @throws IllegalArgumentException if a rate is negative or not finite, or a count is out of
   *     range
   */
  public WindowComparison {
    rate("recentPerWeek", recentPerWeek);
    rate("previousPerWeek", previousPerWeek);
    Checks.positive("days", days);
    Checks.notNegative("recentCheckIns", recentCheckIns);
    Checks.notNegative("previousCheckIns", previousCheckIns);
  }

  private static void rate(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a finite number at least 0, was " + value);
    }
  }

  /** Whether the recent rate is strictly below the previous one. */
  public boolean isFalling() {
    return recentPerWeek < previousPerWeek;
  }

  /** Whether the recent rate is strictly above the previous one. */
  public boolean isRising() {
    return recentPerWeek > previousPerWeek;
  }

  /**
   * Whether the rate is falling or there is nothing left to fall: recent &lt; previous, or recent =
   * 0. A gate that asks for a falling rate should usually ask this, so a couple with no outbursts
   * in either window is not held back.
   */
  public boolean isFallingOrAbsent() {
    return isFalling() || recentPerWeek == 0;
  }
}
