package org.recovery.core.commitment;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the short human syntax of {@link Cadence#parse(String)}, independent of the locale. */
final class CadenceSpec {

  static final String ACCEPTED_FORMS =
      "accepted forms are \"daily\", \"N/week\" with N from 1 to 7,"
          + " weekdays such as \"mon,wed,fri\" (three-letter or full English names),"
          + " \"monthly:D\" with D from 1 to 31, and \"continuous\"";

  private static final Pattern PER_WEEK = Pattern.compile("(\\d+)\\s*/\\s*week");
  private static final Pattern MONTHLY = Pattern.compile("monthly\\s*:\\s*(\\d+)");
  private static final int MAX_DIGITS = 9;
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

  private CadenceSpec() {}

  static Cadence parse(String spec) {
    Objects.requireNonNull(spec, "spec must not be null");
    String text = spec.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      throw refusal(spec, "it is empty", null);
    }
    if (text.equals("daily")) {
      return Cadence.daily();
    }
    if (text.equals("continuous")) {
      return Cadence.continuous();
    }
    Matcher perWeek = PER_WEEK.matcher(text);
    if (perWeek.matches()) {
      return withNumber(spec, perWeek.group(1), Cadence::timesPerWeek);
    }
    Matcher monthly = MONTHLY.matcher(text);
    if (monthly.matches()) {
      return withNumber(spec, monthly.group(1), Cadence::monthlyOnDay);
    }
    return Cadence.onWeekdays(weekdays(spec, text));
  }

  static String weekdayAbbreviation(DayOfWeek day) {
    return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
  }

  private static Set<DayOfWeek> weekdays(String spec, String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split(",", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        throw refusal(spec, "a weekday is missing between commas", null);
      }
      DayOfWeek day = WEEKDAYS.get(name);
      if (day == null) {
        throw refusal(spec, "\"" + name + "\" is neither a cadence nor a weekday name", null);
      }
      days.add(day);
    }
    return days;
  }

  private static Cadence withNumber(String spec, String digits, IntFunction<Cadence> factory) {
    if (digits.length() > MAX_DIGITS) {
      throw refusal(spec, "the number " + digits + " is too large", null);
    }
    try {
      return factory.apply(Integer.parseInt(digits));
    } catch (IllegalArgumentException e) {
      throw refusal(spec, e.getMessage(), e);
    }
  }

  private static IllegalArgumentException refusal(String spec, String problem, Throwable cause) {
    return new IllegalArgumentException(
        "cadence spec \"" + spec + "\" is not valid: " + problem + "; " + ACCEPTED_FORMS, cause);
  }

  private static Map<String, DayOfWeek> weekdayNames() {
    Map<String, DayOfWeek> names = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      names.put(day.name().toLowerCase(Locale.ROOT), day);
      names.put(weekdayAbbreviation(day), day);
    }
    return Map.copyOf(names);
  }
}
