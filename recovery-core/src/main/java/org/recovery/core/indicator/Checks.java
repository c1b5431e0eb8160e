package org.recovery.core.indicator;

import java.time.LocalDate;
import java.util.Objects;

/** Argument checks shared by the indicators, with messages that name the field and the rule. */
final class Checks {
  private Checks() {}

  static void unitInterval(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }

  static void notNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  static void window(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " after " + to);
    }
  }
}
