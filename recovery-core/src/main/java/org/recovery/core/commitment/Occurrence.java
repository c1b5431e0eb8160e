package org.recovery.core.commitment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time a commitment is due: the {@code slot}-th occurrence of the period from {@code
 * periodStart} to {@code due}, both inclusive. A report on any day of the period can fulfil it; for
 * a daily, weekday or monthly cadence the period is the due day alone, for "n times a week" it is
 * the ISO week (Monday to Sunday) and the week holds slots 1 to n.
 *
 * @param periodStart the first day on which a report can fulfil this occurrence
 * @param due the last such day; occurrences are ordered by it
 * @param slot which of the period's occurrences this is, counting from 1
 */
public record Occurrence(LocalDate periodStart, LocalDate due, int slot) {

  /**
   * Validates the occurrence.
   *
   * @throws NullPointerException if {@code periodStart} or {@code due} is null
   * @throws IllegalArgumentException if {@code periodStart} is after {@code due} or {@code slot} is
   *     less than 1
   */
  public Occurrence {
    Objects.requireNonNull(periodStart, "periodStart must not be null");
    Objects.requireNonNull(due, "due must not be null");
    if (periodStart.isAfter(due)) {
      throw new IllegalArgumentException(
          "periodStart must not be after due, was " + periodStart + " after " + due);
    }
    if (slot < 1) {
      throw new IllegalArgumentException("slot must be at least 1, was " + slot);
    }
  }

  static Occurrence onDay(LocalDate day) {
    return new Occurrence(day, day, 1);
  }

  /**
   * Tells whether a report made on {@code day} falls within this occurrence's period.
   *
   * @param day a calendar day
   * @return true when {@code periodStart <= day <= due}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean covers(LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return !day.isBefore(periodStart) && !day.isAfter(due);
  }
}
