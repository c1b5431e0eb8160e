package org.recovery.persistence.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the instants and dates events are written with ({@code Instant.toString()}, {@code
 * LocalDate.toString()}) without the general ISO parser, which is the largest part of decoding an
 * event. The usual shapes — {@code 2025-03-03T18:30:00Z} with 0 to 9 fraction digits, {@code
 * 2025-03-03} — are read field by field; anything else is left to {@link Instant#parse} and {@link
 * LocalDate#parse}, so the result, and what is refused, is always theirs.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** As {@link Instant#parse}. */
  static Instant instant(String text) {
    int n = text.length();
    if (n >= 20
        && n <= 30
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(n - 1) == 'Z'
        && (n == 20 || (text.charAt(19) == '.' && n > 21))) {
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      int nanos = 0;
      if (n > 20) {
        int fraction = digits(text, 20, n - 1);
        if (fraction >= 0) {
          nanos = fraction;
          for (int i = n - 1 - 20; i < 9; i++) {
            nanos *= 10;
          }
        } else {
          nanos = -1;
        }
      }
      LocalDate day = ordinaryDate(text);
      if (day != null
          && hour >= 0
          && hour <= 23
          && minute >= 0
          && minute <= 59
          && second >= 0
          && second <= 59
          && nanos >= 0) {
        return LocalDateTime.of(
                day.getYear(), day.getMonth(), day.getDayOfMonth(), hour, minute, second, nanos)
            .toInstant(ZoneOffset.UTC);
      }
    }
    return Instant.parse(text);
  }

  /** As {@link LocalDate#parse}. */
  static LocalDate date(String text) {
    if (text.length() == 10) {
      LocalDate day = ordinaryDate(text);
      if (day != null) {
        return day;
      }
    }
    return LocalDate.parse(text);
  }

  /** The date {@code yyyy-MM-dd} that {@code text} begins with, or null if it is not one. */
  private static LocalDate ordinaryDate(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // such as 30 February: the general parser gives its own answer
    }
  }

  /** The number the ASCII digits of {@code text} from {@code from} to {@code to} spell, or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
