package org.recovery.core.commitment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The calendar arithmetic behind {@link Cadence#occurrencesBetween}. */
final class Occurrences {

  /**
   * How far beyond the local dates of the instant bounds to look for due days. The start of a day
   * can lie a day later than its date (a whole day skipped, as in Samoa in 2011), and local dates
   * can step back by a day across an overlap; two days on each side cover both.
   */
  private static final int MARGIN_DAYS = 2;

  private Occurrences() {}

  private static void requireOrdered(LocalDate from, LocalDate toInclusive) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(toInclusive, "toInclusive must not be null");
    if (from.isAfter(toInclusive)) {
      throw new IllegalArgumentException(
          "from must not be after toInclusive, was " + from + " after " + toInclusive);
    }
  }

  static List<Occurrence> dueWithin(Cadence cadence, LocalDate from, LocalDate toInclusive) {
    requireOrdered(from, toInclusive);
    if (cadence instanceof Cadence.TimesPerWeek weekly) {
      return timesPerWeek(weekly.times(), from, toInclusive);
    }
    if (cadence instanceof Cadence.OnWeekdays weekdays) {
      return onWeekdays(weekdays.days(), from, toInclusive);
    }
    if (cadence instanceof Cadence.MonthlyOnDay monthly) {
      return monthlyOnDay(monthly.day(), from, toInclusive);
    }
    return everyDay(from, toInclusive);
  }

  private static List<Occurrence> everyDay(LocalDate from, LocalDate toInclusive) {
    List<Occurrence> result = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
      result.add(Occurrence.onDay(day));
    }
    return Collections.unmodifiableList(result);
  }

  private static List<Occurrence> onWeekdays(
      Set<DayOfWeek> days, LocalDate from, LocalDate toInclusive) {
    List<Occurrence> result = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (days.contains(day.getDayOfWeek())) {
        result.add(Occurrence.onDay(day));
      }
    }
    return Collections.unmodifiableList(result);
  }

  private static List<Occurrence> timesPerWeek(int times, LocalDate from, LocalDate toInclusive) {
    List<Occurrence> result = new ArrayList<>();
    LocalDate sunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    for (; !sunday.isAfter(toInclusive); sunday = sunday.plusWeeks(1)) {
      LocalDate monday = sunday.minusDays(6);
      for (int slot = 1; slot <= times; slot++) {
        result.add(new Occurrence(monday, sunday, slot));
      }
    }
    return Collections.unmodifiableList(result);
  }

  private static List<Occurrence> monthlyOnDay(
      int dayOfMonth, LocalDate from, LocalDate toInclusive) {
    List<Occurrence> result = new ArrayList<>();
    YearMonth month = YearMonth.from(from);
    YearMonth last = YearMonth.from(toInclusive);
    for (; !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate due = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
      if (!due.isBefore(from) && !due.isAfter(toInclusive)) {
        result.add(Occurrence.onDay(due));
      }
    }
    return Collections.unmodifiableList(result);
  }

  static List<Occurrence> startingWithin(
      Cadence cadence, Instant from, Instant toExclusive, ZoneId zone) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(toExclusive, "toExclusive must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (from.isAfter(toExclusive)) {
      throw new IllegalArgumentException(
          "from must not be after toExclusive, was " + from + " after " + toExclusive);
    }
    if (from.equals(toExclusive)) {
      return List.of();
    }
    LocalDate first = LocalDate.ofInstant(from, zone).minusDays(MARGIN_DAYS);
    LocalDate last = LocalDate.ofInstant(toExclusive, zone).plusDays(MARGIN_DAYS);
    List<Occurrence> result = new ArrayList<>();
    LocalDate day = null;
    Instant dayStart = null;
    for (Occurrence occurrence : cadence.occurrencesBetween(first, last)) {
      if (!occurrence.due().equals(day)) {
        day = occurrence.due();
        dayStart = day.atStartOfDay(zone).toInstant();
      }
      if (!dayStart.isBefore(from) && dayStart.isBefore(toExclusive)) {
        result.add(occurrence);
      }
    }
    return Collections.unmodifiableList(result);
  }
}
