package org.recovery.core.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days as a person says them in a sentence: "today", "yesterday", "tomorrow", else "on Monday 10
 * March" (with the year when it is not this year's). The core's sentences are in English, so the
 * names of days and months are too; the ISO form ({@code 2025-03-10}) stays for machines.
 */
public final class Days {
  // Written out rather than asked of java.time's formatter: the first day it formats in a process
  // loads the locale data for English names, 20 to 50 ms of a command's start (issue 17).
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

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
    String words =
        "on "
            + WEEKDAYS[day.getDayOfWeek().ordinal()]
            + " "
            + day.getDayOfMonth()
            + " "
            + MONTHS[day.getMonthValue() - 1];
    return day.getYear() == today.getYear() ? words : words + " " + year(day.getYear());
  }

  /** The year as ISO writes it: four digits at least, a sign before a fifth or before BC. */
  private static String year(int year) {
    String digits = String.valueOf(Math.abs(year));
    String padded = "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    return year < 0 ? "-" + padded : year > 9999 ? "+" + padded : padded;
  }
}
