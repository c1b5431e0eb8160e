package org.recovery.core.indicator;

import java.util.OptionalDouble;

/**
 * How many settled occurrences were kept, missed and left unreported: the plain proportion beside
 * the weighted reliability score. Excused, disputed, unconfirmed and open occurrences are not
 * counted.
 *
 * @param kept occurrences kept, at least 0
 * @param missed occurrences reported missed, at least 0
 * @param unreported occurrences nobody reported within the grace period, at least 0
 */
public record KeptShare(int kept, int missed, int unreported) {

  /** Validates the counts. @throws IllegalArgumentException if any count is negative */
  public KeptShare {
    Checks.notNegative("kept", kept);
    Checks.notNegative("missed", missed);
    Checks.notNegative("unreported", unreported);
  }

  /** Returns kept + missed + unreported: the occurrences the share is taken over. */
  public int counted() {
    return kept + missed + unreported;
  }

  /**
   * Returns kept / (kept + missed + unreported), in [0, 1].
   *
   * @return the share, or empty when nothing was counted (never NaN)
   */
  public OptionalDouble share() {
    int counted = counted();
    return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept / counted);
  }
}
