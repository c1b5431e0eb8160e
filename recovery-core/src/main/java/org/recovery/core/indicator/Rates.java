package org.recovery.core.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.recovery.core.checkin.CheckIn;
import org.recovery.core.common.PartnerId;
import org.recovery.core.setback.Setback;

/**
 * Rates over windows of days: reactive outbursts and triggers per week, the share of check-ins
 * where something vulnerable was shared, and days since the last severe setback.
 *
 * <p>Every window {@code [from, to]} includes both ends and holds {@code to − from + 1} days; a
 * per-week rate is (count · 7) / days. Days without a check-in add nothing: the rates are of what
 * was recorded. Windows are there so that no figure jumps on one day's data; the recovery model
 * chooses their lengths (four weeks is a sensible default).
 */
public final class Rates {
  private Rates() {}

  /**
   * Returns both partners' reactive outbursts per week: Σ outbursts · 7 / days over the check-ins
   * dated in [from, to].
   *
   * @param checkIns check-ins of either partner, in any order
   * @param from the window's first day, inclusive
   * @param to the window's last day, inclusive
   * @return the rate per week, at least 0
   * @throws NullPointerException if any argument or check-in is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static double outburstsPerWeek(List<CheckIn> checkIns, LocalDate from, LocalDate to) {
    return perWeek(checkIns, c -> true, CheckIn::reactiveOutbursts, from, to);
  }

  /**
   * Returns one partner's reactive outbursts per week: Σ outbursts · 7 / days over that partner's
   * check-ins dated in [from, to].
   *
   * @param checkIns check-ins of either partner, in any order
   * @param partner whose outbursts to count
   * @param from the window's first day, inclusive
   * @param to the window's last day, inclusive
   * @return the rate per week, at least 0
   * @throws NullPointerException if any argument or check-in is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static double outburstsPerWeek(
      List<CheckIn> checkIns, PartnerId partner, LocalDate from, LocalDate to) {
    return perWeek(checkIns, by(partner), CheckIn::reactiveOutbursts, from, to);
  }

  /**
   * Compares both partners' outbursts per week in the recent window [asOf − days + 1, asOf] with
   * the window of the same length just before it, [asOf − 2·days + 1, asOf − days].
   *
   * @param checkIns check-ins of either partner, in any order
   * @param asOf the last day of the recent window
   * @param days the length of each window, at least 1
   * @return both rates, with the number of check-ins in each window
   * @throws NullPointerException if any argument or check-in is null
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static WindowComparison outburstsRecentVsPrevious(
      List<CheckIn> checkIns, LocalDate asOf, int days) {
    return compare(checkIns, c -> true, asOf, days);
  }

  /**
   * Compares one partner's outbursts per week in the recent window [asOf − days + 1, asOf] with the
   * window of the same length just before it, [asOf − 2·days + 1, asOf − days].
   *
   * @param checkIns check-ins of either partner, in any order
   * @param partner whose outbursts to count
   * @param asOf the last day of the recent window
   * @param days the length of each window, at least 1
   * @return both rates, with the number of that partner's check-ins in each window
   * @throws NullPointerException if any argument or check-in is null
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static WindowComparison outburstsRecentVsPrevious(
      List<CheckIn> checkIns, PartnerId partner, LocalDate asOf, int days) {
    return compare(checkIns, by(partner), asOf, days);
  }

  /**
   * Returns the share of one partner's check-ins dated in [from, to] in which they shared something
   * vulnerable.
   *
   * @param checkIns check-ins of either partner, in any order
   * @param partner whose check-ins to look at
   * @param from the window's first day, inclusive
   * @param to the window's last day, inclusive
   * @return the count and the number of check-ins; its value is empty when there was none
   * @throws NullPointerException if any argument or check-in is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static Share vulnerableShare(
      List<CheckIn> checkIns, PartnerId partner, LocalDate from, LocalDate to) {
    Checks.window(from, to);
    Predicate<CheckIn> mine = by(partner);
    int shared = 0;
    int all = 0;
    for (CheckIn checkIn : checkIns(checkIns)) {
      if (mine.test(checkIn) && within(checkIn.day(), from, to)) {
        all++;
        shared += checkIn.sharedSomethingVulnerable() ? 1 : 0;
      }
    }
    return new Share(shared, all);
  }

  /**
   * Returns one partner's triggers per week: (check-ins of that partner dated in [from, to] with
   * {@code triggered}) · 7 / days. Setbacks of kind TRIGGER are deliberately not added: a setback
   * does not say whose trigger it was, and the same trigger is usually in that day's check-in too,
   * so adding them would count it twice.
   *
   * @param checkIns check-ins of either partner, in any order
   * @param partner whose triggers to count
   * @param from the window's first day, inclusive
   * @param to the window's last day, inclusive
   * @return the rate per week, at least 0
   * @throws NullPointerException if any argument or check-in is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static double triggersPerWeek(
      List<CheckIn> checkIns, PartnerId partner, LocalDate from, LocalDate to) {
    return perWeek(checkIns, by(partner), c -> c.triggered() ? 1 : 0, from, to);
  }

  /**
   * Returns the days from the last severe setback dated on or before {@code asOf} to {@code asOf}:
   * 0 when it happened that day. Setbacks dated later are ignored.
   *
   * @param setbacks the journey's setbacks, in any order
   * @param asOf the day to count to
   * @return the days, or empty when there was no severe setback
   * @throws NullPointerException if any argument or setback is null
   */
  public static OptionalLong daysSinceLastSevere(List<Setback> setbacks, LocalDate asOf) {
    Objects.requireNonNull(setbacks, "setbacks must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    LocalDate last = null;
    for (Setback setback : setbacks) {
      Objects.requireNonNull(setback, "setbacks must not contain null");
      if (setback.isSevere()
          && !setback.day().isAfter(asOf)
          && (last == null || setback.day().isAfter(last))) {
        last = setback.day();
      }
    }
    return last == null
        ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(last, asOf));
  }

  private static WindowComparison compare(
      List<CheckIn> checkIns, Predicate<CheckIn> which, LocalDate asOf, int days) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    Checks.positive("days", days);
    LocalDate recentFrom = asOf.minusDays(days - 1L);
    LocalDate previousTo = recentFrom.minusDays(1);
    LocalDate previousFrom = previousTo.minusDays(days - 1L);
    return new WindowComparison(
        perWeek(checkIns, which, CheckIn::reactiveOutbursts, recentFrom, asOf),
        perWeek(checkIns, which, CheckIn::reactiveOutbursts, previousFrom, previousTo),
        days,
        count(checkIns, which, recentFrom, asOf),
        count(checkIns, which, previousFrom, previousTo));
  }

  private static double perWeek(
      List<CheckIn> checkIns,
      Predicate<CheckIn> which,
      ToIntFunction<CheckIn> amount,
      LocalDate from,
      LocalDate to) {
    Checks.window(from, to);
    long total = 0;
    for (CheckIn checkIn : checkIns(checkIns)) {
      if (which.test(checkIn) && within(checkIn.day(), from, to)) {
        total += amount.applyAsInt(checkIn);
      }
    }
    return total * 7.0 / (ChronoUnit.DAYS.between(from, to) + 1);
  }

  private static int count(
      List<CheckIn> checkIns, Predicate<CheckIn> which, LocalDate from, LocalDate to) {
    int n = 0;
    for (CheckIn checkIn : checkIns) {
      n += which.test(checkIn) && within(checkIn.day(), from, to) ? 1 : 0;
    }
    return n;
  }

  private static List<CheckIn> checkIns(List<CheckIn> checkIns) {
    Objects.requireNonNull(checkIns, "checkIns must not be null");
    for (CheckIn checkIn : checkIns) {
      Objects.requireNonNull(checkIn, "checkIns must not contain null");
    }
    return checkIns;
  }

  private static Predicate<CheckIn> by(PartnerId partner) {
    Objects.requireNonNull(partner, "partner must not be null");
    return c -> c.partner().equals(partner);
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
