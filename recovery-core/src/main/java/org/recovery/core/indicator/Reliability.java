package org.recovery.core.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;

/**
 * Commitment reliability: an exponentially weighted habit-strength score per commitment, and a
 * weighted overall score. The idea comes from Loop Habit Tracker's habit strength ({@code
 * Score.compute} in github.com/iSoron/uhabits): each occurrence moves the score a small, fixed
 * fraction of the way towards 1 (kept) or towards 0 (missed), so weeks of consistency count for
 * more than one good day, and one bad day cannot wipe out a month of effort.
 *
 * <p>No score jumps on one day's data: one occurrence moves it by at most {@code 1 − m}, about 5%
 * for a daily commitment with a half-life of 13 days (Loop Habit Tracker's value).
 */
public final class Reliability {
  private Reliability() {}

  /**
   * Returns how many times a day a cadence is due on average: f = timesPerWeek / 7. Daily and
   * continuous give 1, three times a week 3/7, Monday to Friday 5/7, monthly about 0.0329.
   *
   * @param cadence the commitment's cadence
   * @return f, in (0, 1]
   * @throws NullPointerException if {@code cadence} is null
   */
  public static double occurrencesPerDay(Cadence cadence) {
    Objects.requireNonNull(cadence, "cadence must not be null");
    return cadence.timesPerWeek() / 7;
  }

  /**
   * Returns the multiplier m = 0.5^(1 / (H·√f)): the share of the previous score that survives one
   * occurrence. Loop Habit Tracker steps its score once a day with 0.5^(√f / H); stepping once per
   * occurrence instead, with that daily multiplier raised to the 1/f days an occurrence stands for,
   * keeps its timing: from zero, kept occurrences in a row reach one half after H/√f days — 13 days
   * for a daily commitment, about 20 for three times a week, 34 for weekly. Daily with H = 13 gives
   * 0.5^(1/13) ≈ 0.9480775.
   *
   * @param occurrencesPerDay f, the average number of occurrences per day, in (0, 1]
   * @param halfLifeDays H, the half-life of a daily commitment in days, finite and above 0
   * @return m, in [0, 1)
   * @throws IllegalArgumentException if f is not in (0, 1] or H is not finite and above 0
   */
  public static double multiplier(double occurrencesPerDay, double halfLifeDays) {
    if (!(occurrencesPerDay > 0 && occurrencesPerDay <= 1)) {
      throw new IllegalArgumentException(
          "occurrencesPerDay must be above 0 and at most 1, was " + occurrencesPerDay);
    }
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "halfLifeDays must be a finite number above 0, was " + halfLifeDays);
    }
    return Math.pow(0.5, 1 / (halfLifeDays * Math.sqrt(occurrencesPerDay)));
  }

  /**
   * Returns the reliability score of one commitment after its occurrences, in due order. Starting
   * from s = 0, with m = {@link #multiplier multiplier(f, H)}, each occurrence does:
   *
   * <ul>
   *   <li>KEPT: s ← s·m + 1·(1 − m);
   *   <li>MISSED or UNREPORTED: s ← s·m + 0·(1 − m) = s·m;
   *   <li>EXCUSED: s unchanged (an agreed pause freezes the score);
   *   <li>DISPUTED, AWAITING_CONFIRMATION, OPEN: s unchanged (not settled yet; a disputed or
   *       unconfirmed keep counts once it is resolved).
   * </ul>
   *
   * The result is always in [0, 1]; keeping never lowers it and missing never raises it.
   *
   * @param dueOrder the occurrences of one commitment, ordered by due day
   * @param occurrencesPerDay f, see {@link #occurrencesPerDay(Cadence)}, in (0, 1]
   * @param halfLifeDays H, finite and above 0
   * @return the score, in [0, 1]; 0 when there is no occurrence
   * @throws NullPointerException if {@code dueOrder} or any element is null
   * @throws IllegalArgumentException if f or H is out of range, the due days go backwards, or the
   *     occurrences belong to more than one commitment
   */
  public static double score(
      List<OccurrenceStatus> dueOrder, double occurrencesPerDay, double halfLifeDays) {
    double m = multiplier(occurrencesPerDay, halfLifeDays);
    checkOrder(dueOrder);
    double s = 0;
    for (OccurrenceStatus status : dueOrder) {
      s = step(s, status.outcome(), m);
    }
    return s;
  }

  /**
   * Returns the score as {@link #score(List, double, double)} does, with each occurrence stepped
   * under the cadence in force on its due day: f = {@code occurrencesPerDayOn} of that day. A
   * commitment whose terms changed keeps the past it earned under the old terms: a change never
   * alters a score point dated before it takes effect.
   *
   * @param dueOrder the occurrences of one commitment, ordered by due day
   * @param occurrencesPerDayOn f on a given day, in (0, 1]
   * @param halfLifeDays H, finite and above 0
   * @return the score, in [0, 1]; 0 when there is no occurrence
   * @throws IllegalArgumentException as {@link #score(List, double, double)} does
   */
  public static double score(
      List<OccurrenceStatus> dueOrder,
      ToDoubleFunction<LocalDate> occurrencesPerDayOn,
      double halfLifeDays) {
    List<ScorePoint> points = history(dueOrder, occurrencesPerDayOn, halfLifeDays);
    return points.isEmpty() ? 0 : points.get(points.size() - 1).score();
  }

  /**
   * Returns the score right after each occurrence, one point per occurrence in the given order,
   * dated by its due day: the values {@link #score} passes through. Several occurrences due on the
   * same day (the slots of an n-times-a-week commitment) give several points on that day; the last
   * point equals {@link #score}.
   *
   * @param dueOrder the occurrences of one commitment, ordered by due day
   * @param occurrencesPerDay f, in (0, 1]
   * @param halfLifeDays H, finite and above 0
   * @return an unmodifiable list as long as {@code dueOrder}
   * @throws NullPointerException if {@code dueOrder} or any element is null
   * @throws IllegalArgumentException as {@link #score} does
   */
  public static List<ScorePoint> history(
      List<OccurrenceStatus> dueOrder, double occurrencesPerDay, double halfLifeDays) {
    multiplier(occurrencesPerDay, halfLifeDays);
    return history(dueOrder, day -> occurrencesPerDay, halfLifeDays);
  }

  /**
   * Returns the score right after each occurrence, as {@link #history(List, double, double)} does,
   * with each occurrence stepped under the cadence in force on its due day (see {@link #score(List,
   * ToDoubleFunction, double)}).
   *
   * @param dueOrder the occurrences of one commitment, ordered by due day
   * @param occurrencesPerDayOn f on a given day, in (0, 1]
   * @param halfLifeDays H, finite and above 0
   * @return an unmodifiable list as long as {@code dueOrder}
   * @throws IllegalArgumentException as {@link #score(List, double, double)} does, or when f of a
   *     due day is out of range
   */
  public static List<ScorePoint> history(
      List<OccurrenceStatus> dueOrder,
      ToDoubleFunction<LocalDate> occurrencesPerDayOn,
      double halfLifeDays) {
    Objects.requireNonNull(occurrencesPerDayOn, "occurrencesPerDayOn must not be null");
    multiplier(1, halfLifeDays);
    checkOrder(dueOrder);
    List<ScorePoint> points = new ArrayList<>(dueOrder.size());
    double s = 0;
    double f = Double.NaN;
    double m = 0;
    for (OccurrenceStatus status : dueOrder) {
      LocalDate due = status.occurrence().due();
      double fHere = occurrencesPerDayOn.applyAsDouble(due);
      if (fHere != f) {
        m = multiplier(fHere, halfLifeDays);
        f = fHere;
      }
      s = step(s, status.outcome(), m);
      points.add(new ScorePoint(due, s));
    }
    return Collections.unmodifiableList(points);
  }

  /**
   * Counts kept, missed and unreported occurrences: the plain share kept / (kept + missed +
   * unreported) beside the weighted score. Other outcomes are not counted. The statuses may belong
   * to several commitments and come in any order.
   *
   * @param statuses the occurrences to count
   * @return the counts, whose {@link KeptShare#share()} is empty when none was counted
   * @throws NullPointerException if {@code statuses} or any element is null
   */
  public static KeptShare keptShare(List<OccurrenceStatus> statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    int kept = 0;
    int missed = 0;
    int unreported = 0;
    for (OccurrenceStatus status : statuses) {
      Objects.requireNonNull(status, "statuses must not contain null");
      switch (status.outcome()) {
        case KEPT -> kept++;
        case MISSED -> missed++;
        case UNREPORTED -> unreported++;
        default -> {}
      }
    }
    return new KeptShare(kept, missed, unreported);
  }

  /**
   * Returns the overall reliability: the weighted mean Σ wᵢ·sᵢ / Σ wᵢ of per-commitment scores. A
   * high-cost behaviour with weight 2 counts twice as much as a low-cost one with weight 1.
   *
   * @param scores the per-commitment scores and weights
   * @return the mean, in [0, 1]; empty when there is no score (no commitment is not a score of 0)
   * @throws NullPointerException if {@code scores} or any element is null
   */
  public static OptionalDouble overall(List<WeightedScore> scores) {
    Objects.requireNonNull(scores, "scores must not be null");
    if (scores.isEmpty()) {
      return OptionalDouble.empty();
    }
    double weighted = 0;
    double weights = 0;
    for (WeightedScore score : scores) {
      Objects.requireNonNull(score, "scores must not contain null");
      weighted += score.weight() * score.score();
      weights += score.weight();
    }
    return OptionalDouble.of(clamp(weighted / weights));
  }

  /**
   * One step of the score. A keep is computed as s + (1 − s)·(1 − m), equal to s·m + (1 − m) but
   * never below s in floating point; the clamp only absorbs rounding at 1.
   */
  static double step(double s, OccurrenceOutcome outcome, double m) {
    return switch (outcome) {
      case KEPT -> clamp(s + (1 - s) * (1 - m));
      case MISSED, UNREPORTED -> s * m;
      case EXCUSED, DISPUTED, AWAITING_CONFIRMATION, OPEN -> s;
    };
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  private static void checkOrder(List<OccurrenceStatus> dueOrder) {
    Objects.requireNonNull(dueOrder, "dueOrder must not be null");
    CommitmentId commitment = null;
    LocalDate previous = null;
    for (OccurrenceStatus status : dueOrder) {
      Objects.requireNonNull(status, "dueOrder must not contain null");
      if (commitment == null) {
        commitment = status.commitment();
      } else if (!commitment.equals(status.commitment())) {
        throw new IllegalArgumentException(
            "dueOrder must hold one commitment's occurrences, had "
                + commitment
                + " and "
                + status.commitment());
      }
      LocalDate due = status.occurrence().due();
      if (previous != null && due.isBefore(previous)) {
        throw new IllegalArgumentException(
            "dueOrder must be ordered by due day, had " + due + " after " + previous);
      }
      previous = due;
    }
  }
}
