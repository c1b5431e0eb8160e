package org.recovery.core.indicator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs of fully kept days: the one still running at the as-of day and the longest so far.
 *
 * @param current fully kept days in the run still unbroken at the as-of day, at least 0
 * @param longest fully kept days in the longest run, at least {@code current}
 * @param longestEndedOn the last fully kept day of the longest run (of the most recent one when
 *     several are as long); empty exactly when {@code longest} is 0
 */
public record Streak(int current, int longest, Optional<LocalDate> longestEndedOn) {

  /**
   * Validates the streak.
   *
   * @throws NullPointerException if {@code longestEndedOn} is null
   * @throws IllegalArgumentException if a count is negative, {@code current} exceeds {@code
   *     longest}, or {@code longestEndedOn} is present when {@code longest} is 0 or absent when it
   *     is not
   */
  public Streak {
    Checks.notNegative("current", current);
    Checks.notNegative("longest", longest);
    if (current > longest) {
      throw new IllegalArgumentException(
          "current must not exceed longest, was " + current + " > " + longest);
    }
    Objects.requireNonNull(longestEndedOn, "longestEndedOn must not be null");
    if (longestEndedOn.isPresent() != (longest > 0)) {
      throw new IllegalArgumentException(
          "longestEndedOn must be present exactly when longest is above 0, was "
              + longestEndedOn
              + " with longest "
              + longest);
    }
  }
}
