package org.recovery.core.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Days as a person says them in a sentence: "today", "yesterday", "tomorrow", else "on Monday 10
 * March" (with the year when it is not this year's). The core's sentences are in English, so the
 * names of days and months are too; the ISO form ({@code 2025-03-10}) stays for machines.
 */
public final class Days {
  private static final DateTimeFormatter THIS_YEAR =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter OTHER_YEAR =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private Days() {}

  /**
   * {@code day} seen from {@code today}, ready to follow a verb: "today", "yesterday", "tomorrow",
   * or "on Monday 10 March" ("on Monday 10 March 2025" in another year).
   *
   * @throws NullPointerException if either day is null
   */
  public static String inWords(LocalDate day, LocalDate today) {
    Objects.requireNonNull(day, "day must not be null");
    Objects.requireNonNull(today, "today must not be null");
    if (day.equals(today)) {
      return "today";
    }
    if (day.equals(today.minusDays(1))) {
      return "yesterday";
    }
    if (day.equals(today.plusDays(1))) {
      return "tomorrow";
    }
    return "on " + (day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR).format(day);
  }
}
