package org.recovery.core.safety;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which a journey was held because a partner's safety screening showed a concern: from the
 * day of the screening that raised it to the day of the screening that lifted it, both included.
 * While held, nothing counts for or against either partner.
 *
 * @param from the first held day
 * @param until the last held day, inclusive; {@link LocalDate#MAX} while the concern stands
 */
public record Hold(LocalDate from, LocalDate until) {
  /**
   * The one thing the other partner learns of a concern: that the journey is on hold. It names no
   * cause, and both partners see the same words.
   */
  public static final String SENTENCE =
      "Your journey is on hold for now. Nothing moves on, and"
          + " nothing counts for or against either of you, while it is. Check-ins, the journal and"
          + " help stay open.";

  /**
   * Validates the period. @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Hold {
    Objects.requireNonNull(from, "hold from must not be null");
    Objects.requireNonNull(until, "hold until must not be null");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException(
          "hold until must not be before from, was " + from + " to " + until);
    }
  }

  /** Whether {@code day} lies inside the hold. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }

  /** Whether the hold is still open (the concern stands). */
  public boolean isOpen() {
    return until.equals(LocalDate.MAX);
  }
}
