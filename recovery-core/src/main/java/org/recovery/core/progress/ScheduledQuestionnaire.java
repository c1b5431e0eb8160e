package org.recovery.core.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire the model schedules, as it stands for the viewer: when they last completed it and
 * when it is next due. Only the viewer's own completions count, shared or private.
 *
 * @param instrument the instrument's id
 * @param name the instrument's name
 * @param everyDays days between completions, from the model
 * @param lastCompleted the day of the viewer's latest completion, if any
 * @param nextDue the day it is due: the journey's first day before any completion, otherwise {@code
 *     everyDays} after the last
 * @param due whether {@code nextDue} is today or earlier
 */
public record ScheduledQuestionnaire(
    String instrument,
    String name,
    int everyDays,
    Optional<LocalDate> lastCompleted,
    LocalDate nextDue,
    boolean due) {

  /** Validates the entry. */
  public ScheduledQuestionnaire {
    Objects.requireNonNull(instrument, "instrument must not be null");
    Objects.requireNonNull(name, "name must not be null");
    if (everyDays < 1) {
      throw new IllegalArgumentException("everyDays must be at least 1, was " + everyDays);
    }
    Objects.requireNonNull(lastCompleted, "lastCompleted must not be null");
    Objects.requireNonNull(nextDue, "nextDue must not be null");
  }
}
