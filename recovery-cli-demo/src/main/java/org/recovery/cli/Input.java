package org.recovery.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

/** Turns what a person typed into core's values, and core's argument checks into usage errors. */
final class Input {
  private Input() {}

  /**
   * Builds a command or value; a check in its constructor that throws becomes a usage error with
   * the check's message (which names the field and the rule).
   */
  static <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw CliFailure.usage("Invalid input: " + e.getMessage() + ".", e);
    }
  }

  /**
   * A day: {@code today}, {@code yesterday} or an ISO date such as {@code 2025-03-14}.
   *
   * @param option the option's name, for the message
   * @param today today in the couple's time zone
   */
  static LocalDate day(String option, String text, LocalDate today) {
    String value = text == null ? "today" : text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("today")) {
      return today;
    }
    if (value.equals("yesterday")) {
      return today.minusDays(1);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw CliFailure.usage(
          "Invalid value for "
              + option
              + ": '"
              + text
              + "' is not a day;"
              + " use today, yesterday or a date such as 2025-03-14.");
    }
  }
}
