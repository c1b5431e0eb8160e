package org.recovery.core.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rating a partner gave on one day, such as their emotional-safety rating in a check-in.
 *
 * @param day the day it is about, in the couple's time zone
 * @param value the rating
 */
public record DatedRating(LocalDate day, int value) {

  /** Validates the rating. @throws NullPointerException if {@code day} is null */
  public DatedRating {
    Objects.requireNonNull(day, "day must not be null");
  }
}
