package org.recovery.core.indicator;

import java.util.OptionalDouble;

/**
 * A proportion with its counts, such as "something vulnerable shared in 9 of 14 check-ins".
 *
 * @param count how many had the property, at least 0
 * @param outOf how many there were, at least {@code count}
 */
public record Share(int count, int outOf) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or {@code count} exceeds {@code outOf}
   */
  public Share {
    Checks.notNegative("count", count);
    Checks.notNegative("outOf", outOf);
    if (count > outOf) {
      throw new IllegalArgumentException(
          "count must not exceed outOf, was " + count + " > " + outOf);
    }
  }

  /**
   * Returns count / outOf, in [0, 1].
   *
   * @return the share, or empty when {@code outOf} is 0 (never NaN)
   */
  public OptionalDouble value() {
    return outOf == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / outOf);
  }
}
