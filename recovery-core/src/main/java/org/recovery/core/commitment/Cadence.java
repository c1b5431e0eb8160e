package org.recovery.core.commitment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often a commitment is due: every day, a number of times per ISO week, on chosen weekdays,
 * once a month, or continuously (an ongoing promise, such as no contact, checked every day).
 *
 * <p>Each cadence has a short spec that {@link #parse(String)} reads and {@link #spec()} writes:
 * {@code daily}, {@code 3/week}, {@code mon,wed,fri}, {@code monthly:15}, {@code continuous}.
 * Cadences are immutable values, equal when they ask the same thing in the same way.
 */
public sealed interface Cadence {

  /** Returns the cadence due once every day. */
  static Cadence daily() {
    return new Daily();
  }

  /**
   * Returns the cadence due {@code times} times in each ISO week, any days of it.
   *
   * @param times how many times per week, 1 to 7
   * @return the weekly cadence
   * @throws IllegalArgumentException if {@code times} is outside 1..7
   */
  static Cadence timesPerWeek(int times) {
    return new TimesPerWeek(times);
  }

  /**
   * Returns the cadence due on each of the given weekdays.
   *
   * @param days the weekdays, at least one; repeats are ignored
   * @return the weekday cadence
   * @throws NullPointerException if {@code days} or any of them is null
   * @throws IllegalArgumentException if no day is given
   */
  static Cadence onWeekdays(DayOfWeek... days) {
    Objects.requireNonNull(days, "days must not be null");
    return new OnWeekdays(Set.copyOf(Arrays.asList(days)));
  }

  /**
   * Returns the cadence due on each of the given weekdays.
   *
   * @param days the weekdays, at least one; the set is copied
   * @return the weekday cadence
   * @throws NullPointerException if {@code days} or any of them is null
   * @throws IllegalArgumentException if {@code days} is empty
   */
  static Cadence onWeekdays(Set<DayOfWeek> days) {
    return new OnWeekdays(days);
  }

  /**
   * Returns the cadence due once a month on {@code day}, or on the month's last day when the month
   * is shorter.
   *
   * @param day the day of the month, 1 to 31
   * @return the monthly cadence
   * @throws IllegalArgumentException if {@code day} is outside 1..31
   */
  static Cadence monthlyOnDay(int day) {
    return new MonthlyOnDay(day);
  }

  /** Returns the cadence of an ongoing promise, kept or broken at every moment, due daily. */
  static Cadence continuous() {
    return new Continuous();
  }

  /**
   * Reads a cadence from its spec: {@code daily}, {@code N/week}, weekdays such as {@code
   * mon,wed,fri} (or full names), {@code monthly:D} or {@code continuous}, in any case, ignoring
   * whitespace around parts and the default locale; {@code parse(c.spec())} equals c.
   *
   * @param spec the text to read
   * @return the cadence it names
   * @throws NullPointerException if {@code spec} is null
   * @throws IllegalArgumentException if {@code spec} is not one of the accepted forms or is out of
   *     range; the message quotes the spec and lists the accepted forms
   */
  static Cadence parse(String spec) {
    return CadenceSpec.parse(spec);
  }

  /**
   * Returns the canonical spec: lower case, no spaces, weekdays as three-letter names from Monday
   * to Sunday.
   *
   * @return text that {@link #parse(String)} turns back into this cadence
   */
  String spec();

  /**
   * Returns how many times a week this cadence expects: 7 for daily and continuous, n for n/week,
   * the number of days for weekdays, and 12 / 52.1775 for monthly.
   *
   * @return the expected frequency per week, greater than zero
   */
  double timesPerWeek();

  /**
   * Tells whether this cadence asks strictly less than {@code other}: every cadence but continuous
   * is easier than continuous, and otherwise the one with the lower {@link #timesPerWeek()} is
   * easier. Irreflexive and asymmetric.
   *
   * @param other the cadence to compare with
   * @return true when switching from {@code other} to this cadence makes the commitment easier
   * @throws NullPointerException if {@code other} is null
   */
  default boolean isEasierThan(Cadence other) {
    Objects.requireNonNull(other, "other must not be null");
    return !(this instanceof Continuous)
        && (other instanceof Continuous || timesPerWeek() < other.timesPerWeek());
  }

  /**
   * Lists the occurrences whose due date lies in {@code [from, toInclusive]}, ordered by due date
   * and then slot. Daily, continuous and weekday cadences are due on each matching day; n/week is
   * due n times on the Sunday that ends each ISO week, its period starting that Monday; monthly is
   * due on its day, or the month's last day when the month is shorter.
   *
   * @param from the first day, inclusive
   * @param toInclusive the last day, inclusive
   * @return an unmodifiable list, possibly empty
   * @throws NullPointerException if either date is null
   * @throws IllegalArgumentException if {@code from} is after {@code toInclusive}
   */
  default List<Occurrence> occurrencesBetween(LocalDate from, LocalDate toInclusive) {
    return Occurrences.dueWithin(this, from, toInclusive);
  }

  /**
   * Lists the occurrences whose due day starts within {@code [from, toExclusive)} in {@code zone},
   * where a day starts at {@link LocalDate#atStartOfDay(ZoneId)} (after a gap when a DST change
   * skips midnight). Adjacent instant ranges therefore split the occurrences exactly, whatever the
   * length of the days in between.
   *
   * @param from the start, inclusive
   * @param toExclusive the end, exclusive
   * @param zone the zone whose calendar decides when each day starts
   * @return an unmodifiable list, ordered by due date and then slot
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code from} is after {@code toExclusive}
   */
  default List<Occurrence> occurrencesBetween(Instant from, Instant toExclusive, ZoneId zone) {
    return Occurrences.startingWithin(this, from, toExclusive, zone);
  }

  /** Due once every day. */
  record Daily() implements Cadence {
    @Override
    public String spec() {
      return "daily";
    }

    @Override
    public double timesPerWeek() {
      return 7;
    }

    @Override
    public String toString() {
      return spec();
    }
  }

  /**
   * Due {@code times} times in each ISO week, on any days of it.
   *
   * @param times how many times per week, 1 to 7
   */
  record TimesPerWeek(int times) implements Cadence {
    /**
     * Validates the number of times.
     *
     * @throws IllegalArgumentException if {@code times} is outside 1..7
     */
    public TimesPerWeek {
      if (times < 1 || times > 7) {
        throw new IllegalArgumentException("times per week must be between 1 and 7, was " + times);
      }
    }

    @Override
    public String spec() {
      return times + "/week";
    }

    @Override
    public double timesPerWeek() {
      return times;
    }

    @Override
    public String toString() {
      return spec();
    }
  }

  /**
   * Due on each of the chosen weekdays.
   *
   * @param days the weekdays, never empty, held as an unmodifiable copy in Monday-first order
   */
  record OnWeekdays(Set<DayOfWeek> days) implements Cadence {
    /**
     * Validates and copies the weekdays.
     *
     * @throws NullPointerException if {@code days} or any of them is null
     * @throws IllegalArgumentException if {@code days} is empty
     */
    public OnWeekdays {
      Objects.requireNonNull(days, "days must not be null");
      if (days.isEmpty()) {
        throw new IllegalArgumentException("weekdays must name at least one day, was empty");
      }
      days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    @Override
    public String spec() {
      return days.stream().map(CadenceSpec::weekdayAbbreviation).collect(Collectors.joining(","));
    }

    @Override
    public double timesPerWeek() {
      return days.size();
    }

    @Override
    public String toString() {
      return spec();
    }
  }

  /**
   * Due once a month on {@code day}, or on the month's last day when the month is shorter.
   *
   * @param day the day of the month, 1 to 31
   */
  record MonthlyOnDay(int day) implements Cadence {
    /**
     * Validates the day.
     *
     * @throws IllegalArgumentException if {@code day} is outside 1..31
     */
    public MonthlyOnDay {
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("day of month must be between 1 and 31, was " + day);
      }
    }

    @Override
    public String spec() {
      return "monthly:" + day;
    }

    @Override
    public double timesPerWeek() {
      return 12 / 52.1775;
    }

    @Override
    public String toString() {
      return spec();
    }
  }

  /** An ongoing promise, kept or broken at every moment; due, and reported on, every day. */
  record Continuous() implements Cadence {
    @Override
    public String spec() {
      return "continuous";
    }

    @Override
    public double timesPerWeek() {
      return 7;
    }

    @Override
    public String toString() {
      return spec();
    }
  }
}
