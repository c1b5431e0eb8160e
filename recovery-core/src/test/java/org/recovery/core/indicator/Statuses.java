package org.recovery.core.indicator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Occurrence;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;

/** Builds occurrence statuses for indicator tests. */
final class Statuses {
  static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  private Statuses() {}

  static OccurrenceStatus on(CommitmentId commitment, LocalDate day, OccurrenceOutcome outcome) {
    return new OccurrenceStatus(commitment, new Occurrence(day, day, 1), outcome, Optional.empty());
  }

  /** One occurrence a day from {@code first}, in order. */
  static List<OccurrenceStatus> daily(
      CommitmentId commitment, LocalDate first, List<OccurrenceOutcome> outcomes) {
    List<OccurrenceStatus> statuses = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      statuses.add(on(commitment, first.plusDays(i), outcomes.get(i)));
    }
    return statuses;
  }

  /** One occurrence per weekday in {@code days}, from the week of {@link #MONDAY}, in order. */
  static List<OccurrenceStatus> onWeekdays(
      CommitmentId commitment, List<DayOfWeek> days, List<OccurrenceOutcome> outcomes) {
    List<OccurrenceStatus> statuses = new ArrayList<>();
    LocalDate day = MONDAY;
    for (OccurrenceOutcome outcome : outcomes) {
      while (!days.contains(day.getDayOfWeek())) {
        day = day.plusDays(1);
      }
      statuses.add(on(commitment, day, outcome));
      day = day.plusDays(1);
    }
    return statuses;
  }

  /** n-times-a-week slots: each ISO week from {@link #MONDAY} holds {@code times} slots. */
  static List<OccurrenceStatus> timesPerWeek(
      CommitmentId commitment, int times, List<OccurrenceOutcome> outcomes) {
    List<OccurrenceStatus> statuses = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      LocalDate monday = MONDAY.plusWeeks(i / times);
      Occurrence slot = new Occurrence(monday, monday.plusDays(6), i % times + 1);
      statuses.add(new OccurrenceStatus(commitment, slot, outcomes.get(i), Optional.empty()));
    }
    return statuses;
  }

  /**
   * Reads outcomes from letters: K kept, M missed, U unreported, E excused, D disputed, A awaiting
   * confirmation, O open.
   */
  static List<OccurrenceOutcome> outcomes(String letters) {
    List<OccurrenceOutcome> outcomes = new ArrayList<>();
    for (char letter : letters.toCharArray()) {
      outcomes.add(
          switch (letter) {
            case 'K' -> OccurrenceOutcome.KEPT;
            case 'M' -> OccurrenceOutcome.MISSED;
            case 'U' -> OccurrenceOutcome.UNREPORTED;
            case 'E' -> OccurrenceOutcome.EXCUSED;
            case 'D' -> OccurrenceOutcome.DISPUTED;
            case 'A' -> OccurrenceOutcome.AWAITING_CONFIRMATION;
            case 'O' -> OccurrenceOutcome.OPEN;
            default -> throw new IllegalArgumentException("unknown outcome letter " + letter);
          });
    }
    return outcomes;
  }
}
