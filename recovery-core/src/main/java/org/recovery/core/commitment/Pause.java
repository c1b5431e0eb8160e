package org.recovery.core.commitment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which a commitment (or the whole journey) is paused: occurrences due on them are excused.
 *
 * @param from the first paused day
 * @param until the last paused day, inclusive; {@link LocalDate#MAX} for open-ended
 */
public record Pause(LocalDate from, LocalDate until) {

  /**
   * Validates the period. @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Pause {
    Objects.requireNonNull(from, "pause from must not be null");
    Objects.requireNonNull(until, "pause until must not be null");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException(
          "pause until must not be before from, was " + from + " to " + until);
    }
  }

  /** Whether {@code day} lies inside the pause. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }

  /** Returns this pause ending on {@code lastDay} (used when an open-ended pause is resumed). */
  public Pause endingOn(LocalDate lastDay) {
    return new Pause(from, lastDay.isBefore(from) ? from : lastDay);
  }
}
