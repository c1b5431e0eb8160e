package org.recovery.core.indicator;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;

/**
 * Streaks of fully kept days across all commitments. A streak counts days, not occurrences, and
 * grows by at most one a day; one missed day ends it, which is why the report shows it beside the
 * reliability score rather than instead of it.
 */
public final class Streaks {
  private Streaks() {}

  /**
   * Counts streaks of fully kept days up to {@code asOf}. Each occurrence belongs to its due day
   * ({@code Occurrence.due()}); occurrences due after {@code asOf} are ignored. Going day by day:
   *
   * <ul>
   *   <li>a day with any MISSED or UNREPORTED occurrence <em>breaks</em> the streak;
   *   <li>otherwise, a day with any DISPUTED, AWAITING_CONFIRMATION or OPEN occurrence is
   *       <em>skipped</em>: not settled yet, it neither extends nor breaks;
   *   <li>otherwise, a day with at least one KEPT occurrence is <em>fully kept</em> and extends the
   *       streak (its other occurrences, if any, are EXCUSED);
   *   <li>a day whose occurrences are all EXCUSED, or with none due, neither extends nor breaks.
   * </ul>
   *
   * @param all the occurrences of every commitment, in any order
   * @param asOf the last day to look at
   * @return the current and the longest streak
   * @throws NullPointerException if any argument or status is null
   */
  public static Streak of(List<OccurrenceStatus> all, LocalDate asOf) {
    Objects.requireNonNull(all, "all must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    int current = 0;
    int longest = 0;
    LocalDate longestEndedOn = null;
    for (Map.Entry<LocalDate, Set<OccurrenceOutcome>> day : outcomesByDay(all, asOf).entrySet()) {
      switch (verdict(day.getValue())) {
        case BREAKS -> current = 0;
        case EXTENDS -> {
          current++;
          if (current >= longest) {
            longest = current;
            longestEndedOn = day.getKey();
          }
        }
        case NEUTRAL -> {}
      }
    }
    return new Streak(current, longest, Optional.ofNullable(longestEndedOn));
  }

  /**
   * The first day, up to {@code asOf}, on which a streak of {@code length} fully kept days had been
   * reached: the first day {@code d} with {@code of(all, d).longest() >= length}, found in one
   * pass.
   *
   * @param all the occurrences of every commitment, in any order
   * @param length how many fully kept days in a row
   * @param asOf the last day to look at
   * @return that day, or empty if no such streak was reached by {@code asOf}
   * @throws IllegalArgumentException if {@code length} is not positive
   */
  public static Optional<LocalDate> firstReached(
      List<OccurrenceStatus> all, int length, LocalDate asOf) {
    Objects.requireNonNull(all, "all must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    int current = 0;
    for (Map.Entry<LocalDate, Set<OccurrenceOutcome>> day : outcomesByDay(all, asOf).entrySet()) {
      switch (verdict(day.getValue())) {
        case BREAKS -> current = 0;
        case EXTENDS -> {
          if (++current >= length) {
            return Optional.of(day.getKey());
          }
        }
        case NEUTRAL -> {}
      }
    }
    return Optional.empty();
  }

  private enum Verdict {
    BREAKS,
    EXTENDS,
    NEUTRAL
  }

  private static Verdict verdict(Set<OccurrenceOutcome> outcomes) {
    if (outcomes.contains(OccurrenceOutcome.MISSED)
        || outcomes.contains(OccurrenceOutcome.UNREPORTED)) {
      return Verdict.BREAKS;
    }
    if (outcomes.contains(OccurrenceOutcome.DISPUTED)
        || outcomes.contains(OccurrenceOutcome.AWAITING_CONFIRMATION)
        || outcomes.contains(OccurrenceOutcome.OPEN)) {
      return Verdict.NEUTRAL;
    }
    return outcomes.contains(OccurrenceOutcome.KEPT) ? Verdict.EXTENDS : Verdict.NEUTRAL;
  }

  private static TreeMap<LocalDate, Set<OccurrenceOutcome>> outcomesByDay(
      List<OccurrenceStatus> all, LocalDate asOf) {
    TreeMap<LocalDate, Set<OccurrenceOutcome>> days = new TreeMap<>();
    for (OccurrenceStatus status : all) {
      Objects.requireNonNull(status, "all must not contain null");
      LocalDate due = status.occurrence().due();
      if (!due.isAfter(asOf)) {
        days.computeIfAbsent(due, d -> EnumSet.noneOf(OccurrenceOutcome.class))
            .add(status.outcome());
      }
    }
    return days;
  }
}
