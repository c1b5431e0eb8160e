package org.recovery.core.journey;

import java.time.Duration;
import java.time.Period;

/**
 * The per-journey settings the rules of this package use, fixed when the journey starts so a
 * journey always replays the same way.
 *
 * @param coolingOffDays how long a change that makes a commitment easier waits before it takes
 *     effect, when its owner makes it
 * @param reportGraceHours how long after the end of a day a report about it is still accepted
 */
public record Settings(int coolingOffDays, int reportGraceHours) {

  /** The defaults: a week of cooling-off, and a day of grace to report. */
  public static final Settings DEFAULTS = new Settings(7, 24);

  /** Validates the settings. @throws IllegalArgumentException if a value is out of range */
  public Settings {
    if (coolingOffDays < 0 || coolingOffDays > 90) {
      throw new IllegalArgumentException(
          "cooling-off days must be between 0 and 90, was " + coolingOffDays);
    }
    if (reportGraceHours < 0 || reportGraceHours > 24 * 14) {
      throw new IllegalArgumentException(
          "report grace hours must be between 0 and 336, was " + reportGraceHours);
    }
  }

  /** The cooling-off delay as a period. */
  public Period coolingOff() {
    return Period.ofDays(coolingOffDays);
  }

  /** The reporting grace as a duration. */
  public Duration reportGrace() {
    return Duration.ofHours(reportGraceHours);
  }
}
